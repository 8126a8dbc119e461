"""What was agreed: deals, treaties and pledges, their parties, status and date."""
