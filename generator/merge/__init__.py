"""Across sources: one actor, agreement, reaction or event per real one, with every source's
evidence. `actors.merge` is the stage; the others are its parts."""
