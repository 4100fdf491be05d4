from config.startup import setup

setup("config.settings.production")

from django.core.asgi import get_asgi_application  # noqa: E402

application = get_asgi_application()
