"""Who is involved: names found in an article, their kinds, roles and affiliations."""
