"""glossary: terminology extraction, normalization and lookup for Chinese policy texts.

Data flows one way: documents → extractors → candidates → concepts → normalized
termbase → exporters / lookup / checker.  Each stage is a module of this package.
"""

__version__ = "0.1.0"
