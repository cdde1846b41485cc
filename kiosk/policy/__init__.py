"""The policy library: official notices cleaned and split into sections (ingest), and
plain answers to spoken questions from them (answer). Qt-free; runs offline."""
