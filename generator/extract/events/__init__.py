"""What happened when: dates in the text and the timeline events they date."""
