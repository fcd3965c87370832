"""kg: turn scholarly records into a citation-and-coauthor knowledge graph.

The pipeline, read top to bottom:

- :mod:`kg.sources`  reads input files into :class:`kg.model.Paper` records;
- :mod:`kg.merge`    joins records of the same paper into :class:`kg.model.Work` s;
- :mod:`kg.authors`  resolves author names into persons;
- :mod:`kg.extract`  finds methods, datasets and code links in titles and abstracts;
- :mod:`kg.graph`    builds the networkx graph;
- :mod:`kg.rdf`      exports RDF in scholarly vocabularies;
- :mod:`kg.query`    runs SPARQL files over the export;
- :mod:`kg.viewer`   writes the offline HTML viewer;
- :mod:`kg.build`    runs all of the above and returns a report;
- :mod:`kg.cli`      is the command line over the library.
"""

__version__ = "0.1.0"
