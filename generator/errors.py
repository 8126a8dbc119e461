"""The exception tree: library code raises these, only the CLI turns them into messages."""


class BriefingError(Exception):
    """Base of every error the generator reports to the user as one line."""


class IngestError(BriefingError):
    """A file cannot be read as an article."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class ModelError(BriefingError):
    """The spaCy model cannot be found or loaded."""


class DataError(BriefingError):
    """A YAML data file is missing or does not follow the contract."""


class ConfigError(DataError):
    """A setting (``settings.yaml`` or a ``BRIEFING_*`` environment variable) has a bad value."""


class BuildError(BriefingError):
    """A later stage (templates, MkDocs, PDF) failed."""
