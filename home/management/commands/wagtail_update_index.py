from wagtail.search.management.commands.wagtail_update_index import Command as WagtailCommand

from home.management.councils import across_councils_command

Command = across_councils_command(
    WagtailCommand, "Wagtail's search index holds every council's records, each with its council."
)
