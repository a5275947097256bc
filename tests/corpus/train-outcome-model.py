#!/usr/bin/env python3
"""Trains the outcome model of lexicons/outcome_model.txt from the labelled letters of the open sets.

The outcome model is a second reader of a decision letter's outcome: a softmax regression over the
words and word pairs of the letter (lower case, every number one token "N"), less its appeal guidance
and quoted statute text: the text `klartjek lexicons model-text` prints (the binary is
$KLARTJEK, default build/klartjek, so training and reading see the same text). It is trained on
the letters of every corpus set that is open for development (blind-2 … blind-24 whole, their test
halves opened long ago; the development half blind-N/dev.json of every later set) and never on an
untouched test half (blind-25/test.json and later).
src/legal/outcome_model.cpp reads the file and tokenises exactly as `features` below.

  train-outcome-model.py                 write lexicons/outcome_model.txt
  train-outcome-model.py --cv [--out F]  leave-sets-out estimate (6 folds of whole sets; every
                                         letter is read by a model trained without its authors);
                                         F: each letter's label, reading and probability (JSON)
  train-outcome-model.py --check         exit 1 when lexicons/outcome_model.txt is not what the
                                         labels give (the model was not retrained after a label change)
Pure Python 3 (no numpy); deterministic."""
import glob, json, math, os, random, re, subprocess, sys
from collections import Counter
from concurrent.futures import ThreadPoolExecutor

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CORPUS = os.path.join(ROOT, "tests", "corpus")
OUT = os.path.join(ROOT, "lexicons", "outcome_model.txt")
CLASSES = ["bevilling", "delvis", "afslag", "ophoer", "ikke-afgoerelse"]
EPOCHS, RATE, L2, MIN_DF, KEEP = 12, 0.2, 1e-4, 3, 12000
TOKEN = re.compile(r"[a-zæøåé]+|[0-9]+")


def features(text):
    words = ["N" if w[0].isdigit() else w for w in TOKEN.findall(text.lower())]
    return set(words) | {a + "_" + b for a, b in zip(words, words[1:])}


def model_texts(paths):
    binary = os.environ.get("KLARTJEK", os.path.join(ROOT, "build", "klartjek"))
    chunks = [paths[i:i + 100] for i in range(0, len(paths), 100)]
    def run(chunk):
        p = subprocess.run([binary, "lexicons", "model-text", *chunk], capture_output=True, text=True, cwd=ROOT)
        return dict(line.split("\t", 1) for line in p.stdout.split("\n") if "\t" in line)
    texts = {}
    with ThreadPoolExecutor(2) as ex:
        for t in ex.map(run, chunks):
            texts.update(t)
    return texts


# The test halves of blind-2 … blind-24 were opened in earlier sessions (README, "Accuracy"); from
# blind-25 on, every test half is untouched and never trained on.
LAST_OPENED_TEST_HALF = 24


def label_files(d):
    n = int(d.rsplit("-", 1)[1])
    if os.path.isdir(os.path.join(d, "dev")):  # blind-2: halves in folders of their own
        return [os.path.join(d, h, "labels.json") for h in ("dev", "test")]
    if n <= LAST_OPENED_TEST_HALF:
        return [os.path.join(d, "labels.json")]
    return [os.path.join(d, "dev.json")]


def letters():
    out = []
    for d in sorted(glob.glob(os.path.join(CORPUS, "blind-*")), key=lambda p: int(p.rsplit("-", 1)[1])):
        for labels in [f for f in label_files(d) if os.path.exists(f)]:
            for x in json.load(open(labels, encoding="utf-8")):
                p = os.path.join(os.path.dirname(labels), x["file"])
                if x.get("outcome") in CLASSES and p.endswith(".txt") and os.path.exists(p):
                    out.append(dict(set=os.path.basename(d), y=CLASSES.index(x["outcome"]), path=os.path.relpath(p, ROOT)))
    texts = model_texts([r["path"] for r in out])
    missing = [r["path"] for r in out if r["path"] not in texts]
    if missing:
        sys.exit("klartjek lexicons model-text read no text of %d letters, e.g. %s" % (len(missing), missing[0]))
    for r in out:
        r["f"] = features(texts[r["path"]])
    return out


def train(data):
    df = Counter(x for r in data for x in r["f"])
    vocab = {x for x, c in df.items() if c >= MIN_DF}
    K = len(CLASSES)
    W, b = {}, [0.0] * K
    order = list(range(len(data)))
    rnd = random.Random(1)
    for _ in range(EPOCHS):
        rnd.shuffle(order)
        for i in order:
            r = data[i]
            fs = sorted(x for x in r["f"] if x in vocab)
            z = b[:]
            for x in fs:
                w = W.get(x)
                if w:
                    for k in range(K): z[k] += w[k]
            m = max(z); e = [math.exp(v - m) for v in z]; s = sum(e)
            g = [e[k] / s - (1.0 if k == r["y"] else 0.0) for k in range(K)]
            step = RATE / math.sqrt(len(fs) + 1)
            for x in fs:
                w = W.setdefault(x, [0.0] * K)
                for k in range(K): w[k] -= step * g[k] + L2 * w[k]
            for k in range(K): b[k] -= RATE * 0.1 * g[k]
    # keep the features that move the scores most (the rest changes almost nothing)
    kept = sorted(W, key=lambda x: (-max(abs(v) for v in W[x]), x))[:KEEP]
    return {x: W[x] for x in kept}, b


def probabilities(model, f):
    W, b = model
    z = b[:]
    for x in f:
        w = W.get(x)
        if w:
            for k in range(len(CLASSES)): z[k] += w[k]
    m = max(z); e = [math.exp(v - m) for v in z]; s = sum(e)
    return [v / s for v in e]


def render(model, n):
    W, b = model
    lines = ["# The outcome model: a second reader of a letter's outcome, trained by",
             "# tests/corpus/train-outcome-model.py on %d labelled letters of the open corpus sets (never an" % n,
             "# untouched test half). Generated; do not edit by hand: change a label and retrain.",
             "# Each [weights] entry: a word or a word pair (words joined by '_', every number 'N'), then its",
             "# weight for " + ", ".join(CLASSES) + ".",
             "# [settings] override: the probability at which the model's reading replaces an uncertain reading",
             "# of the cue reader's; override_certain: the same for a certain one;",
             "# fill: the probability at which it stands in where the cue reader read no outcome.",
             "", "[settings]", "override = 0.8", "override_certain = 0.9", "fill = 0.6", "", "[bias]",
             " ".join("%.4f" % v for v in b), "", "[weights]"]
    for x in sorted(W):
        lines.append(x + " " + " ".join("%.4f" % v for v in W[x]))
    return "\n".join(lines) + "\n"


def main():
    data = letters()
    if "--cv" in sys.argv:
        sets = sorted({r["set"] for r in data})
        right = 0
        preds = {}
        for i in range(6):
            fold = set(sets[i::6])
            model = train([r for r in data if r["set"] not in fold])
            for r in data:
                if r["set"] in fold:
                    p = probabilities(model, r["f"])
                    k = max(range(len(CLASSES)), key=lambda k: p[k])
                    right += k == r["y"]
                    preds[r["path"]] = dict(label=CLASSES[r["y"]], model=CLASSES[k], p=round(p[k], 4))
        print("leave-sets-out: %d/%d = %.3f" % (right, len(data), right / len(data)))
        if "--out" in sys.argv:
            json.dump(preds, open(sys.argv[sys.argv.index("--out") + 1], "w"), indent=0)
        return 0
    text = render(train(data), len(data))
    if "--check" in sys.argv:
        same = os.path.exists(OUT) and open(OUT, encoding="utf-8").read() == text
        print("outcome_model.txt " + ("is what the labels give" if same else "is NOT what the labels give: retrain"))
        return 0 if same else 1
    open(OUT, "w", encoding="utf-8").write(text)
    print("wrote %s from %d letters" % (OUT, len(data)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
