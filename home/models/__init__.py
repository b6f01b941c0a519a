from .actions import Action, ActionsIndexPage, ActionStatus, RegionPage
from .media import CustomDocument, CustomImage, CustomRendition
from .pages import HomePage
from .taxonomy import Activity, ActivityType, Area, Region, ThematicArea
from .users import User

__all__ = [
    "Action",
    "ActionStatus",
    "ActionsIndexPage",
    "Activity",
    "ActivityType",
    "Area",
    "CustomDocument",
    "CustomImage",
    "CustomRendition",
    "HomePage",
    "Region",
    "RegionPage",
    "ThematicArea",
    "User",
]
