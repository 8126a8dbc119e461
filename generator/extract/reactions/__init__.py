"""Who said what: quotes and reported speech, their speakers, stance and targets."""
