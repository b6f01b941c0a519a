from .notes import Note
from .pages import IntakeFormPage, JoinRosterPage, RequestAssistancePage
from .settings import IntakeSettings
from .submissions import (
    ExpertApplication,
    ExpertLanguage,
    ExpertRegion,
    ExpressionOfInterest,
    LanguageLevel,
    ReferenceCounter,
    RequesterType,
    RequestLetter,
    Sector,
    Status,
    Submission,
    WorkMode,
)

__all__ = [
    "ExpertApplication",
    "ExpertLanguage",
    "ExpertRegion",
    "ExpressionOfInterest",
    "IntakeFormPage",
    "IntakeSettings",
    "JoinRosterPage",
    "LanguageLevel",
    "Note",
    "ReferenceCounter",
    "RequestAssistancePage",
    "RequesterType",
    "RequestLetter",
    "Sector",
    "Status",
    "Submission",
    "WorkMode",
]
