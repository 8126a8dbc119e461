"""How the pipeline runs, not what it computes: caches and memos, worker processes, the PDF's
background process, stage timing, and the staging of outputs beside their targets."""
