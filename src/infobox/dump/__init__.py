"""Reading Wikipedia dumps: MediaWiki XML exports, plain, compressed or multistream."""
