"""Views of the social map that are not pages."""
