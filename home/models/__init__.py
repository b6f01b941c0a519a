from .actions import Action, ActionsIndexPage, ActionStatus, RegionPage
from .media import CustomDocument, CustomImage, CustomRendition
from .news import (
    EventPage,
    InterviewPage,
    KnowledgeKind,
    KnowledgePage,
    NewsIndexPage,
    NewsPage,
    PublicationPage,
    PublicationVersion,
    Topic,
)
from .pages import (
    ActivitiesPage,
    EligibilityPage,
    HomePage,
    HowItWorksPage,
    LegalPage,
    PrinciplesPage,
    StandardPage,
    ThematicAreaPage,
    ThematicAreasIndexPage,
)
from .settings import ContactSettings
from .snippets import FooterText, Testimonial
from .taxonomy import Activity, ActivityType, Area, Region, ThematicArea
from .users import User

__all__ = [
    "Action",
    "ActionStatus",
    "ActionsIndexPage",
    "ActivitiesPage",
    "Activity",
    "ActivityType",
    "Area",
    "ContactSettings",
    "CustomDocument",
    "CustomImage",
    "CustomRendition",
    "EligibilityPage",
    "EventPage",
    "InterviewPage",
    "KnowledgeKind",
    "KnowledgePage",
    "NewsIndexPage",
    "NewsPage",
    "PublicationPage",
    "PublicationVersion",
    "Topic",
    "FooterText",
    "HomePage",
    "HowItWorksPage",
    "LegalPage",
    "PrinciplesPage",
    "Region",
    "RegionPage",
    "StandardPage",
    "Testimonial",
    "ThematicArea",
    "ThematicAreaPage",
    "ThematicAreasIndexPage",
    "User",
]
