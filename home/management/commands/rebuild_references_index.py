from wagtail.management.commands.rebuild_references_index import Command as WagtailCommand

from home.management.councils import across_councils_command

Command = across_councils_command(
    WagtailCommand, "the reference index records links within every council's records."
)
