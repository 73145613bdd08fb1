"""The use cases of Treasurer, called alike by the GUI and the CLI."""
