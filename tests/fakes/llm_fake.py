#!/usr/bin/env python3
"""llm_fake - a loopback fake of OpenAI chat completions (also Azure's
deployment URLs), Gemini generateContent and Anthropic Messages, for tests
of sdc-llm (python3 stdlib only).

    llm_fake.py --port-file F [--log REQS.jsonl] [--script STEPS.json]
                [--latency MS | --latency-random MIN:MAX] [--echo REGEX]
                [--think-tokens N] [--responses DIR] [--tls CERT KEY]

Listens on 127.0.0.1, port chosen by the OS, written to --port-file once
it accepts.  Serves POST .../chat/completions (OpenAI, Azure's
/openai/deployments/D/chat/completions?api-version=V),
POST .../models/MODEL:generateContent (Gemini) and POST .../messages
(Anthropic).  Every request is appended
to --log as one JSON line {"path", "headers", "body", "raw", "t"} (raw:
the body as sent, byte for byte) before it is
answered, so tests assert exact bodies and headers.

The answer text is the first group of --echo REGEX matched against the
last user message ("re: GROUP"), else "fake answer".  --script is a JSON
array of steps, each used once, in order; a step with "match" is used only
by a request whose body contains that string.  A step is either
  {"text": "answer"}                         a success with that text
  {"preset": NAME}                           a canned error (PRESETS below)
  {"status": 500, "headers": {...}, "body": "raw" | {json}}
  {"file": NAME}                             a recorded body, byte for byte,
                                             from --responses DIR (status 200
                                             unless "status" says otherwise)
and may add "delay" (seconds).  Gemini successes always carry a thought
part first, which a client must skip.  A request that asks for a JSON
schema gets, by default, the smallest object that satisfies it (the first
of an enum), as a server that honours the schema would answer.

--tls CERT KEY serves HTTPS with that certificate (tests of ca_file).

--think-tokens N makes the model a thinking one: it spends N tokens on
thinking before it answers, and the request's token limit counts them, so
a limit of N or less ends in thinking only: finish_reason "length" with
empty content (OpenAI), finishReason MAX_TOKENS without text (Gemini),
stop_reason "max_tokens" with only a thinking block (Anthropic).
"""
import argparse
import json
import os
import random
import re
import ssl
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

OPENAI_RATE = {"error": {"message": "Rate limit reached for gpt-4o-mini on requests per min (RPM): Limit 3. Please try again in 20ms.",
                         "type": "requests", "param": None, "code": "rate_limit_exceeded"}}
GEMINI_QUOTA = {"error": {"code": 429, "message": "You exceeded your current quota, please check your plan and billing details.",
                          "status": "RESOURCE_EXHAUSTED",
                          "details": [{"@type": "type.googleapis.com/google.rpc.QuotaFailure",
                                       "violations": [{"quotaMetric": "generativelanguage.googleapis.com/generate_content_free_tier_requests",
                                                       "quotaId": "GenerateRequestsPerDayPerProjectPerModel-FreeTier"}]}]}}

PRESETS = {
    # 429s carrying each kind of retry hint
    "rate_retry_after_ms": (429, {"retry-after-ms": "30"}, OPENAI_RATE),
    "rate_retry_after": (429, {"Retry-After": "1"}, OPENAI_RATE),
    "rate_message": (429, {}, OPENAI_RATE),
    "rate_gemini": (429, {}, {"error": {"code": 429, "message": "Resource has been exhausted. Please retry in 0.03s.",
                                        "status": "RESOURCE_EXHAUSTED",
                                        "details": [{"@type": "type.googleapis.com/google.rpc.QuotaFailure",
                                                     "violations": [{"quotaId": "GenerateRequestsPerMinutePerProjectPerModel-FreeTier"}]},
                                                    {"@type": "type.googleapis.com/google.rpc.RetryInfo", "retryDelay": "0.04s"}]}}),
    "rate_plain": (429, {}, {"error": {"code": 429, "message": "Resource has been exhausted (e.g. check quota).",
                                       "status": "RESOURCE_EXHAUSTED"}}),
    "server_error": (500, {}, {"error": {"message": "The server had an error while processing your request.",
                                         "type": "server_error", "param": None, "code": None}}),
    "overloaded": (529, {}, {"type": "error", "error": {"type": "overloaded_error", "message": "Overloaded"}}),
    "unavailable": (503, {}, {"error": {"code": 503, "message": "Loading model", "type": "unavailable_error"}}),
    # quota: must stop the run, never be retried
    "quota_openai": (429, {}, {"error": {"message": "You exceeded your current quota, please check your plan and billing details.",
                                         "type": "insufficient_quota", "param": None, "code": "insufficient_quota"}}),
    "quota_openai_nullcode": (429, {}, {"error": {"message": "You exceeded your current quota.",
                                                  "type": "insufficient_quota", "param": None, "code": None}}),
    "quota_gemini_day": (429, {}, GEMINI_QUOTA),
    "quota_anthropic": (429, {}, {"type": "error", "error": {"type": "rate_limit_error", "message": "spend limit",
                                                             "details": {"error_code": "enforced_spend_limit_reached"}}}),
    # bodies that are not what they should be
    "malformed": (200, {"Content-Type": "application/json"}, '{"choices": [{"message": {"content": "cut'),
    "html_502": (502, {"Content-Type": "text/html"}, "<html><head><title>502 Bad Gateway</title></head>"
                 "<body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>"),
    "refusal": (200, {}, {"id": "chatcmpl-r", "object": "chat.completion", "choices": [
        {"index": 0, "message": {"role": "assistant", "content": None, "refusal": "I can't help with that."},
         "finish_reason": "stop"}]}),
    "gemini_blocked": (200, {}, {"promptFeedback": {"blockReason": "SAFETY"}, "usageMetadata": {"promptTokenCount": 9}}),
    # every error shape of the research note (A4)
    "err_openai": (400, {}, {"error": {"message": "Unsupported parameter: 'max_tokens' is not supported with this model. Use 'max_completion_tokens' instead.",
                                       "type": "invalid_request_error", "param": "max_tokens", "code": "unsupported_parameter"}}),
    "err_llamacpp": (400, {}, {"error": {"code": 400, "message": "the request exceeds the available context size",
                                         "type": "exceed_context_size_error"}}),
    "err_gemini": (400, {}, {"error": {"code": 400, "message": "API key not valid. Please pass a valid API key.",
                                       "status": "INVALID_ARGUMENT",
                                       "details": [{"@type": "type.googleapis.com/google.rpc.ErrorInfo", "reason": "API_KEY_INVALID"}]}}),
    "err_array": (400, {}, [{"error": {"code": 400, "message": "Invalid JSON payload received. Unknown name \"top_k\"",
                                       "status": "INVALID_ARGUMENT"}}]),
    "err_errors": (400, {}, {"errors": [{"code": "bad_request", "message": "errors array message"}]}),
    "err_detail": (404, {}, {"detail": "Not Found"}),
    "err_string": (404, {}, {"error": "model 'llama9' not found, try pulling it first"}),
    "err_flat": (400, {}, {"object": "error", "message": "flat vllm message", "type": "BadRequestError",
                           "param": None, "code": 400}),
    "err_anthropic": (400, {}, {"type": "error", "error": {"type": "invalid_request_error",
                                                          "message": "messages: at least one message is required"},
                                "request_id": "req_011"}),
}


class State:
    def __init__(self, args):
        self.args = args
        self.lock = threading.Lock()
        self.steps = []
        if args.script:
            with open(args.script) as f:
                self.steps = json.load(f)
        self.used = [False] * len(self.steps)
        self.echo = re.compile(args.echo, re.S) if args.echo else None

    def take(self, body_text):
        with self.lock:
            for i, step in enumerate(self.steps):
                if self.used[i]:
                    continue
                if "match" in step and step["match"] not in body_text:
                    continue
                self.used[i] = True
                return step
        return None

    def record(self, path, headers, body_text):
        if not self.args.log:
            return
        try:
            body = json.loads(body_text)
        except ValueError:
            body = body_text
        line = json.dumps({"path": path, "headers": headers, "body": body, "raw": body_text, "t": time.time()},
                          sort_keys=True)
        with self.lock, open(self.args.log, "a") as f:
            f.write(line + "\n")


def user_text(api, body):
    try:
        if api == "gemini":
            return "".join(p.get("text", "") for p in body["contents"][-1]["parts"])
        return body["messages"][-1]["content"]
    except (KeyError, IndexError, TypeError):
        return ""


def schema_of(api, body):
    try:
        if api == "gemini":
            return body["generationConfig"]["responseJsonSchema"]
        rf = body.get("response_format") or {}
        return rf["json_schema"]["schema"] if rf.get("type") == "json_schema" else None
    except (KeyError, TypeError):
        return None


def satisfy(schema):
    """The smallest value that satisfies a JSON schema of the kinds sdc sends."""
    if "enum" in schema:
        return schema["enum"][0]
    t = schema.get("type")
    if t == "object":
        return {k: satisfy(v) for k, v in schema.get("properties", {}).items()}
    if t == "array":
        return []
    return "fake answer"


def limit_of(api, body):
    if api == "gemini":
        return (body.get("generationConfig") or {}).get("maxOutputTokens")
    return body.get("max_completion_tokens") or body.get("max_tokens")


def thinking(api, model, limit, think):
    """A thinking model that ran out of tokens before it answered."""
    if api == "gemini":
        return {"candidates": [{"content": {"role": "model"}, "finishReason": "MAX_TOKENS", "index": 0}],
                "usageMetadata": {"promptTokenCount": 40, "totalTokenCount": 40 + limit,
                                  "thoughtsTokenCount": limit},
                "modelVersion": model, "responseId": "fake-think"}
    if api == "anthropic":
        return {"id": "msg_fake", "type": "message", "role": "assistant", "model": model,
                "content": [{"type": "thinking", "thinking": "Let me think about this session...",
                             "signature": "sig"}],
                "stop_reason": "max_tokens", "stop_sequence": None,
                "usage": {"input_tokens": 40, "output_tokens": limit}}
    return {"id": "chatcmpl-think", "object": "chat.completion", "created": 0, "model": model,
            "choices": [{"index": 0, "message": {"role": "assistant", "content": "", "refusal": None},
                         "finish_reason": "length"}],
            "usage": {"prompt_tokens": 40, "completion_tokens": limit, "total_tokens": 40 + limit,
                      "completion_tokens_details": {"reasoning_tokens": limit}}}


def success(api, model, text, body_text, think=0):
    pin = max(1, len(body_text) // 4)
    pout = max(1, len(text) // 4) + think
    if api == "anthropic":
        content = [{"type": "thinking", "thinking": "Weighing the title.", "signature": "sig"}] if think else []
        return {"id": "msg_fake", "type": "message", "role": "assistant", "model": model,
                "content": content + [{"type": "text", "text": text}], "stop_reason": "end_turn",
                "stop_sequence": None, "usage": {"input_tokens": pin, "output_tokens": pout}}
    if api == "gemini":
        return {"candidates": [{"content": {"parts": [
            {"text": "**Thinking** about the answer, which must not reach the user.", "thought": True},
            {"text": text}], "role": "model"}, "finishReason": "STOP", "index": 0}],
            "usageMetadata": {"promptTokenCount": pin, "candidatesTokenCount": pout,
                              "thoughtsTokenCount": 7, "totalTokenCount": pin + pout + 7},
            "modelVersion": model, "responseId": "fake"}
    return {"id": "chatcmpl-fake", "object": "chat.completion", "created": 0, "model": model,
            "choices": [{"index": 0, "message": {"role": "assistant", "content": text, "refusal": None},
                         "finish_reason": "stop"}],
            "usage": {"prompt_tokens": pin, "completion_tokens": pout, "total_tokens": pin + pout}}


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    # headers and body go out in two writes: without this, Nagle plus the
    # client's delayed ACK add 40 ms to every answer
    disable_nagle_algorithm = True

    def log_message(self, fmt, *args):
        pass

    def send(self, status, headers, body):
        data = body if isinstance(body, str) else json.dumps(body)
        data = data.encode()
        self.send_response(status)
        headers = dict(headers)
        headers.setdefault("Content-Type", "application/json")
        for k, v in headers.items():
            self.send_header(k, v)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self):
        # GET .../models: the list every provider serves (sdc-doctor's ping);
        # logged like the POSTs, with an empty body.
        self.server.state.record(self.path, dict(self.headers), "")
        if self.path.rstrip("/").endswith("/models"):
            return self.send(200, {}, {"object": "list", "data": [{"id": "fake"}]})
        return self.send(404, {}, {"error": {"message": "not found"}})

    def do_POST(self):
        st = self.server.state
        n = int(self.headers.get("Content-Length") or 0)
        body_text = self.rfile.read(n).decode("utf-8", "replace")
        st.record(self.path, dict(self.headers), body_text)
        m = re.search(r"/models/([^/:]+):generateContent$", self.path)
        az = re.search(r"/openai/deployments/([^/]+)/chat/completions\?api-version=[-0-9a-z]+$", self.path)
        if m:
            api, model = "gemini", m.group(1)
        elif az:
            api, model = "openai", az.group(1)
        elif self.path.endswith("/chat/completions"):
            api, model = "openai", None
        elif self.path.endswith("/messages"):
            api, model = "anthropic", None
        else:
            return self.send(404, {}, {"error": {"message": "no such path", "type": "not_found_error"}})
        try:
            body = json.loads(body_text)
        except ValueError:
            return self.send(400, {}, {"error": {"message": "bad JSON", "type": "invalid_request_error"}})
        if api != "gemini":
            model = body.get("model") or model
        a = st.args
        if a.latency_random:
            lo, hi = (float(x) for x in a.latency_random.split(":"))
            time.sleep(random.uniform(lo, hi) / 1000)
        elif a.latency:
            time.sleep(a.latency / 1000)
        step = st.take(body_text) or {}
        if step.get("delay"):
            time.sleep(step["delay"])
        if "preset" in step:
            status, headers, out = PRESETS[step["preset"]]
            return self.send(status, headers, out)
        if "file" in step:
            with open(os.path.join(a.responses, step["file"])) as f:
                raw = f.read()
            return self.send(step.get("status", 200), step.get("headers", {}), raw)
        if "status" in step:
            return self.send(step["status"], step.get("headers", {}), step.get("body", ""))
        limit = limit_of(api, body)
        if a.think_tokens and (limit or 0) <= a.think_tokens:
            return self.send(200, {}, thinking(api, model, limit or a.think_tokens, a.think_tokens))
        text = step.get("text")
        schema = schema_of(api, body)
        if text is None and schema:
            text = json.dumps(satisfy(schema))
        if text is None:
            mm = st.echo.search(user_text(api, body)) if st.echo else None
            text = "re: " + mm.group(1) if mm else "fake answer"
        return self.send(200, {}, success(api, model, text, body_text, a.think_tokens))


class Server(ThreadingHTTPServer):
    # set before listen(): the default backlog of 5 drops the SYNs of a
    # -j 16 client, which then waits a second to retry
    request_queue_size = 128
    daemon_threads = True


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--port-file", required=True)
    p.add_argument("--log")
    p.add_argument("--script")
    p.add_argument("--latency", type=float, default=0)
    p.add_argument("--latency-random")
    p.add_argument("--echo")
    p.add_argument("--think-tokens", type=int, default=0)
    p.add_argument("--tls", nargs=2, metavar=("CERT", "KEY"))
    p.add_argument("--responses", default=os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                                        "..", "fixtures", "llm", "responses"))
    args = p.parse_args()
    srv = Server(("127.0.0.1", 0), Handler)
    srv.state = State(args)
    if args.tls:
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        ctx.load_cert_chain(*args.tls)
        srv.socket = ctx.wrap_socket(srv.socket, server_side=True)
    tmp = args.port_file + ".tmp"
    with open(tmp, "w") as f:
        f.write(str(srv.server_address[1]))
    os.rename(tmp, args.port_file)
    try:
        srv.serve_forever()
    except KeyboardInterrupt:
        pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
