"""Pantau stage: places - offline gazetteer, place recognition and geocoding.

``load_geocoder().find_places(text, lang)`` returns the places an article names, each with its
character span, resolved ``Place`` (ACLED-style names, capital coordinates for divisions), role
(locative, base, nationality, origin, mention) and confidence.
"""

from pantau.places.gazetteer import Gazetteer, GazetteerError
from pantau.places.geocoder import Geocoder, load_geocoder
from pantau.places.model import Place, PlaceMention

__all__ = ["Gazetteer", "GazetteerError", "Geocoder", "Place", "PlaceMention", "load_geocoder"]
