"""The MkDocs site: the build and the page cache that makes it incremental."""
