import json
import urllib.request


class WebhookDispatcher:
    def __init__(self, timeout=10):
        self.timeout = timeout

    def deliver(self, target_url, event):
        body = json.dumps(event).encode()
        req = urllib.request.Request(target_url, data=body, headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(req, timeout=self.timeout) as resp:  # cg-expect: CWE-918
            return resp.status


def register_and_ping(request, dispatcher: WebhookDispatcher):
    hook = request.POST["callback_url"]
    return dispatcher.deliver(hook, {"type": "ping"})
