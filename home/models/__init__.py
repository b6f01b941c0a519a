from .media import CustomDocument, CustomImage, CustomRendition
from .pages import HomePage
from .users import User

__all__ = ["CustomDocument", "CustomImage", "CustomRendition", "HomePage", "User"]
