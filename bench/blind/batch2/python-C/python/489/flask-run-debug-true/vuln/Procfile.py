# Process definitions used by the deployment tooling (imported by deploy/run.py).
PROCESSES = {
    "web": "gunicorn -c gunicorn.conf.py wsgi:application",
    "release": "flask db upgrade",
}
