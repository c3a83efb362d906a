#!/usr/bin/env python3
"""Renders README screenshots from the real program.

Runs careerpath in tmux at 100x30 with an empty data directory, answers the
built-in questionnaire like a person would, captures the question, review and
results screens with `tmux capture-pane -e -p` (text + SGR colours), and draws
the cells into PNGs with DejaVu Sans Mono.

    cargo build --release
    python3 assets/screenshots/capture.py [BINARY]

Needs tmux and Pillow (`pip install pillow`).
"""

import os
import re
import subprocess
import sys
import tempfile
import time
import unicodedata

from PIL import Image, ImageDraw, ImageFont

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
COLS, ROWS = 100, 30
SESSION = "careerpath-shot"
FONT_DIR = "/usr/share/fonts/truetype/dejavu"
SIZE = 16

# A dark theme; the TUI keeps text in the default colour, so these are only the accents.
BG = (30, 32, 40)
FG = (220, 222, 228)
PALETTE = [
    (40, 42, 54), (237, 101, 101), (120, 200, 120), (230, 200, 100),
    (110, 150, 240), (200, 130, 220), (100, 200, 210), (220, 222, 228),
    (98, 100, 112), (255, 130, 130), (150, 230, 150), (250, 220, 120),
    (140, 175, 255), (225, 160, 240), (130, 225, 235), (255, 255, 255),
]


def xterm256(n):
    if n < 16:
        return PALETTE[n]
    if n < 232:
        n -= 16
        steps = [0, 95, 135, 175, 215, 255]
        return (steps[n // 36], steps[(n // 6) % 6], steps[n % 6])
    v = 8 + (n - 232) * 10
    return (v, v, v)


def tmux(*args, check=True):
    return subprocess.run(["tmux", *args], check=check, capture_output=True, text=True).stdout


def screen():
    return tmux("capture-pane", "-t", SESSION, "-p")


def keys(*ks):
    for k in ks:
        tmux("send-keys", "-t", SESSION, k)
        time.sleep(0.12)


def wait_for(pred, what, timeout=10):
    end = time.time() + timeout
    while time.time() < end:
        s = screen()
        if pred(s):
            return s
        time.sleep(0.05)
    raise SystemExit(f"timed out waiting for {what}:\n{screen()}")


def question_number(s):
    m = re.search(r"Question (\d+) of about", s)
    return int(m.group(1)) if m else None


def footer(s):
    lines = [l for l in s.splitlines() if l.strip()]
    return lines[-1] if lines else ""


def answer_current():
    """Answers the question on screen the way a hurried person would."""
    s = screen()
    f = footer(s)
    if "y/n" in f:
        keys("y")
    elif "K/J" in f:
        keys("Down", "K", "Enter")
    elif "←→ choose" in f:
        keys("Right", "Right", "Right", "Enter")
    elif "↑↓ step" in f:
        keys("Up", "Enter")
    elif " chosen" in s:
        keys("Space", "Enter")
    else:
        # Nothing is picked until the person picks: take the first choice by its number.
        keys("1", "Enter")


class Style:
    def __init__(self):
        self.reset()

    def reset(self):
        self.fg = None
        self.bg = None
        self.bold = self.dim = self.reverse = self.underline = False

    def apply(self, params):
        codes = [int(p) if p else 0 for p in params.split(";")] if params else [0]
        i = 0
        while i < len(codes):
            c = codes[i]
            if c == 0:
                self.reset()
            elif c == 1:
                self.bold = True
            elif c == 2:
                self.dim = True
            elif c == 4:
                self.underline = True
            elif c == 7:
                self.reverse = True
            elif c == 22:
                self.bold = self.dim = False
            elif c == 24:
                self.underline = False
            elif c == 27:
                self.reverse = False
            elif 30 <= c <= 37:
                self.fg = PALETTE[c - 30]
            elif 90 <= c <= 97:
                self.fg = PALETTE[c - 90 + 8]
            elif c == 39:
                self.fg = None
            elif 40 <= c <= 47:
                self.bg = PALETTE[c - 40]
            elif 100 <= c <= 107:
                self.bg = PALETTE[c - 100 + 8]
            elif c == 49:
                self.bg = None
            elif c in (38, 48) and i + 2 < len(codes) and codes[i + 1] == 5:
                col = xterm256(codes[i + 2])
                if c == 38:
                    self.fg = col
                else:
                    self.bg = col
                i += 2
            elif c in (38, 48) and i + 4 < len(codes) and codes[i + 1] == 2:
                col = tuple(codes[i + 2:i + 5])
                if c == 38:
                    self.fg = col
                else:
                    self.bg = col
                i += 4
            i += 1

    def colors(self):
        fg = self.fg or FG
        bg = self.bg or BG
        if self.dim:
            fg = tuple((a + b) // 2 for a, b in zip(fg, bg))
        if self.reverse:
            fg, bg = bg, fg
        return fg, bg


def cells(ansi):
    """Parses capture-pane -e output into rows of (char, width, fg, bg, bold, underline)."""
    rows = []
    style = Style()
    for line in ansi.split("\n")[:ROWS]:
        row = []
        for m in re.finditer(r"\x1b\[([0-9;]*)m|([^\x1b])", line):
            if m.group(1) is not None or m.group(0).startswith("\x1b"):
                style.apply(m.group(1))
                continue
            ch = m.group(2)
            w = 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
            fg, bg = style.colors()
            row.append((ch, w, fg, bg, style.bold, style.underline))
        rows.append(row)
    return rows


def render(ansi, path):
    regular = ImageFont.truetype(os.path.join(FONT_DIR, "DejaVuSansMono.ttf"), SIZE)
    bold = ImageFont.truetype(os.path.join(FONT_DIR, "DejaVuSansMono-Bold.ttf"), SIZE)
    cw = round(regular.getlength("M"))
    ch = SIZE + 5
    pad = 14
    img = Image.new("RGB", (COLS * cw + 2 * pad, ROWS * ch + 2 * pad), BG)
    d = ImageDraw.Draw(img)
    for y, row in enumerate(cells(ansi)):
        x = 0
        for (c, w, fg, bg, b, u) in row:
            px, py = pad + x * cw, pad + y * ch
            if bg != BG:
                d.rectangle([px, py, px + w * cw - 1, py + ch - 1], fill=bg)
            if c in "█▉▊▋▌▍▎▏":
                frac = "█▉▊▋▌▍▎▏".index(c)
                d.rectangle([px, py + 2, px + round(cw * (8 - frac) / 8) - 1, py + ch - 3], fill=fg)
            elif c == "░":
                d.rectangle([px, py + 2, px + cw - 1, py + ch - 3], fill=tuple((a + 2 * b_) // 3 for a, b_ in zip(fg, BG)))
            elif c != " ":
                d.text((px, py + 2), c, font=bold if b else regular, fill=fg)
            if u:
                d.line([px, py + ch - 2, px + w * cw - 1, py + ch - 2], fill=fg)
            x += w
    img.save(path)
    print("wrote", os.path.relpath(path, ROOT))


def shot(name):
    time.sleep(0.3)
    ansi = tmux("capture-pane", "-t", SESSION, "-e", "-N", "-p")
    render(ansi, os.path.join(HERE, f"{name}.png"))


def main():
    binary = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "target", "release", "careerpath")
    data = tempfile.mkdtemp(prefix="careerpath-shot-")
    tmux("kill-session", "-t", SESSION, check=False)
    env = f"TERM=xterm-256color COLORTERM= NO_COLOR= LANG=en_US.UTF-8"
    tmux("new-session", "-d", "-s", SESSION, "-x", str(COLS), "-y", str(ROWS),
         f"env {env} {binary} --data-dir {data} --lang en")
    try:
        wait_for(lambda s: "Start a new session" in s, "the welcome screen")
        keys("Enter")
        wait_for(lambda s: question_number(s) == 1, "question 1")
        keys("1", "Enter")  # AI/ML engineer
        # Answer on until the first multiple choice, and show it with two picks.
        for _ in range(10):
            s = wait_for(lambda s: question_number(s) not in (None, 1), "question 2")
            if " chosen" in s:
                break
            before = question_number(s)
            keys("3" if "y/n" not in footer(s) else "y", "Enter") if "y/n" not in footer(s) else keys("y")
            wait_for(lambda s: question_number(s) != before, "the next question")
        keys("Space", "Down", "Space", "Down")
        shot("question")
        keys("Enter")
        for _ in range(40):
            s = screen()
            if "Check your answers" in s:
                break
            before = question_number(s)
            answer_current()
            wait_for(lambda s: "Check your answers" in s or question_number(s) != before, "the next question")
        wait_for(lambda s: "Check your answers" in s, "the review")
        keys("Up", "Up", "Up")
        shot("review")
        keys("r")
        wait_for(lambda s: "Recommendation:" in s, "the results")
        shot("results")
        keys("q")
    finally:
        tmux("kill-session", "-t", SESSION, check=False)


if __name__ == "__main__":
    main()
