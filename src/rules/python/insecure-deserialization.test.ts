import { testRule } from "../rule-tester.js";
import rule from "./insecure-deserialization.js";

testRule(rule, {
  valid: [
    {
      name: "numpy.load of an upload with pickles refused (the default)",
      code: `import io\nimport numpy as np\nfrom flask import request\n\n\n@app.post("/data")\ndef data():\n    arrays = np.load(io.BytesIO(request.files["f"].read()), allow_pickle=False)\n    return str(len(arrays))\n`,
    },
    {
      name: "torch.load of an upload restricted to weights",
      code: `import torch\nfrom flask import request\n\n\n@app.post("/model")\ndef model():\n    state = torch.load(request.files["ckpt"], map_location="cpu", weights_only=True)\n    return str(len(state))\n`,
    },
    {
      name: "yaml.safe_load",
      code: `import yaml\n\ndef load(path):\n    with open(path) as f:\n        return yaml.safe_load(f)\n`,
    },
    {
      name: "yaml.load with SafeLoader",
      code: `import yaml\nfrom yaml import CSafeLoader\ncfg = yaml.load(open("c.yml"), Loader=yaml.SafeLoader)\nother = yaml.load(text, Loader=CSafeLoader)\n`,
    },
    {
      name: "json instead of pickle",
      code: `import json\nfrom flask import request\n\n@app.post("/state")\ndef state():\n    return json.loads(request.data)\n`,
    },
    {
      name: "pickle.dumps only",
      code: `import pickle\n\ndef save(obj, f):\n    f.write(pickle.dumps(obj))\n`,
    },
  ],
  invalid: [
    {
      name: "numpy.load of an upload with allow_pickle=True",
      code: `import io\nimport numpy as np\nfrom flask import request\n\n\n@app.post("/data")\ndef data():\n    arrays = np.load(io.BytesIO(request.files["f"].read()), allow_pickle=True)\n    return str(len(arrays))\n`,
      lines: [8],
    },
    {
      name: "torch.load of an upload with weights_only=False",
      code: `import torch\nfrom flask import request\n\n\n@app.post("/model")\ndef model():\n    state = torch.load(request.files["ckpt"], map_location="cpu", weights_only=False)\n    return str(len(state))\n`,
      lines: [7],
    },
    {
      name: "pickle of a request body",
      code: `import pickle, base64\nfrom flask import request\n\n@app.route("/restore", methods=["POST"])\ndef restore():\n    blob = base64.b64decode(request.form["state"])\n    state = pickle.loads(blob)\n    return str(state)\n`,
      lines: [7],
    },
    {
      name: "yaml.load without a loader, even on a file",
      code: `import yaml\n\ndef read_config(path):\n    with open(path) as fh:\n        return yaml.load(fh)\n`,
      lines: [5],
      at: [{ line: 5, column: 16, endLine: 5, endColumn: 29 }],
      output:
        "import yaml\n\ndef read_config(path):\n    with open(path) as fh:\n        return yaml.safe_load(fh)\n",
    },
    {
      name: "yaml.load with the full Loader on a request",
      code: `import yaml\nfrom flask import request\n\n@app.post("/import")\ndef imp():\n    doc = yaml.load(request.get_data(), Loader=yaml.Loader)\n    return doc\n`,
      lines: [6],
    },
    {
      name: "marshal and jsonpickle from the network",
      code: `import marshal, jsonpickle, socket\n\ndef serve(conn):\n    data = conn.recv(4096)\n    code = marshal.loads(data)\n    obj = jsonpickle.decode(data.decode())\n    return code, obj\n`,
      lines: [5, 6],
    },
    {
      name: "aliased cPickle load of a file",
      code: `import cPickle as pk\n\ndef load():\n    with open("cache.bin", "rb") as f:\n        return pk.load(f)\n`,
      lines: [5],
    },
    {
      name: "a stored row of another writer's pickle stays high",
      code: `import pickle\n\ndef restore(cursor, key):\n    cursor.execute("SELECT value FROM jobs WHERE key = %s", [key])\n    row = cursor.fetchone()\n    return pickle.loads(row[0])\n`,
      lines: [6],
      severity: "high",
    },
    {
      name: "a cache backend reading back its own pickles is medium",
      code: `import pickle\n\nclass DbCache:\n    def set(self, cursor, key, value):\n        cursor.execute("INSERT INTO cache VALUES (%s, %s)", [key, pickle.dumps(value)])\n\n    def get(self, cursor, key):\n        cursor.execute("SELECT value FROM cache WHERE key = %s", [key])\n        row = cursor.fetchone()\n        return pickle.loads(row[0])\n`,
      lines: [10],
      severity: "medium",
    },
  ],
});
