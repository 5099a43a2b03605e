import os
from werkzeug.debug import DebuggedApplication
from app import create_app

app = create_app()
application = DebuggedApplication(app, evalex=True)  # cg-expect: CWE-489
