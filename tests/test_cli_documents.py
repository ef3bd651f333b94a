"""The briefing commands end to end, as a script would drive them."""

from __future__ import annotations

import json
import zipfile

import pytest

from tests.test_cli import briefing


@pytest.mark.slow
def test_new_add_show_check_export(tmp_path):
    doc = tmp_path / "ai.briefing"
    briefing("new", "-o", str(doc), "--template", "decision-memo", "--title", "AI race",
             "--classification", "Protected", "--author", "A. Officer")
    briefing("add", str(doc), "--section", "background", "merics-ilr-15", "dn-waic-06",
             "--comment", "Check with BIS.")
    briefing("add-text", str(doc), "--section", "purpose", "Decide on the AI response.")
    shown = json.loads(briefing("show", str(doc), "--json").stdout)
    items = shown["sections"][1]["items"]
    assert [i["id"] for i in items] == ["merics-ilr-15", "dn-waic-06"]
    assert items[1]["comment"] == "Check with BIS." and items[0]["comment"] == ""
    assert shown["library_changes"] == []

    findings = json.loads(briefing("check", str(doc), "--json").stdout)
    assert {"status", "empty-section"} <= {f["code"] for f in findings}
    strict = briefing("check", str(doc), "--strict", check=False)
    assert strict.returncode == 1

    for suffix in ("docx", "md", "html", "pdf"):
        out = tmp_path / f"ai.{suffix}"
        result = briefing("export", str(doc), "-o", str(out))
        assert "warning:" in result.stderr and out.stat().st_size > 500
    assert "word/footnotes.xml" in zipfile.ZipFile(tmp_path / "ai.docx").namelist()
    assert "[^1]:" in (tmp_path / "ai.md").read_text(encoding="utf-8")
    assert (tmp_path / "ai.pdf").read_bytes().startswith(b"%PDF")

    failed = briefing("export", str(doc), "-o", str(tmp_path / "x.docx"), "--strict", check=False)
    assert failed.returncode == 1 and "Strict export stopped" in failed.stderr
    assert not (tmp_path / "x.docx").exists()


def test_library_changes_are_reported_and_refreshed_on_request(tmp_path, private_home):
    doc = tmp_path / "a.briefing"
    briefing("new", "-o", str(doc), "--template", "key-messages", "--title", "T")
    briefing("add", str(doc), "--section", "supporting_facts", "dn-waic-06")
    data = json.loads(doc.read_text(encoding="utf-8"))
    data["sections"][1]["items"][0]["claim"]["statement"] = "An older wording."
    doc.write_text(json.dumps(data), encoding="utf-8")
    shown = briefing("show", str(doc))
    assert "changed in the library (statement)" in shown.stderr
    assert "An older wording." in shown.stdout  # nothing altered silently
    assert "Refreshed 1 claim: dn-waic-06." in briefing("refresh", str(doc)).stdout
    assert "An older wording." not in doc.read_text(encoding="utf-8")


def test_errors_are_one_line(tmp_path):
    doc = tmp_path / "a.briefing"
    bad = briefing("new", "-o", str(doc), "--template", "nope", "--title", "T", check=False)
    assert bad.returncode == 1 and "No template 'nope'" in bad.stderr
    briefing("new", "-o", str(doc), "--template", "key-messages", "--title", "T")
    again = briefing("new", "-o", str(doc), "--template", "key-messages", "--title", "T",
                     check=False)
    assert again.returncode == 1 and "already exists" in again.stderr
    missing = briefing("add", str(doc), "--section", "key_messages", "no-claim", check=False)
    assert missing.returncode == 1 and "no claim with id 'no-claim'" in missing.stderr
    doc.write_bytes(doc.read_bytes()[:40])
    torn = briefing("show", str(doc), check=False)
    assert torn.returncode == 1 and "incomplete" in torn.stderr
    assert "Traceback" not in torn.stderr


@pytest.mark.slow
def test_commentary_and_private_notes_from_the_command_line(tmp_path):
    doc = tmp_path / "n.briefing"
    briefing("new", "-o", str(doc), "--template", "briefing-note", "--title", "Notes")
    briefing("add", str(doc), "--section", "background", "dn-waic-06", "--comment",
             "Printed after the claim.", "--note", "Ask the desk officer.")
    briefing("add-text", str(doc), "--section", "summary", "Our view.", "--note", "Draft only.")
    shown = json.loads(briefing("show", str(doc), "--json").stdout)
    claim = shown["sections"][2]["items"][0]
    paragraph = shown["sections"][0]["items"][0]
    assert (claim["comment"], claim["private_note"]) == ("Printed after the claim.",
                                                         "Ask the desk officer.")
    assert paragraph["private_note"] == "Draft only."
    text = briefing("show", str(doc)).stdout
    assert "private note (not exported): Ask the desk officer." in text
    assert f"(item {paragraph['uid']})" in text
    briefing("edit-item", str(doc), paragraph["uid"], "--text", "Our new view.", "--note", "")
    briefing("edit-item", str(doc), claim["uid"], "--comment", "Changed.", "--note", "Kept.")
    shown = json.loads(briefing("show", str(doc), "--json").stdout)
    assert shown["sections"][0]["items"][0]["text"] == "Our new view."
    assert "private_note" not in shown["sections"][0]["items"][0]
    assert shown["sections"][2]["items"][0]["comment"] == "Changed."
    wrong = briefing("edit-item", str(doc), claim["uid"], "--text", "x", check=False)
    assert wrong.returncode == 1 and "use --comment" in wrong.stderr
    out = tmp_path / "n.md"
    briefing("export", str(doc), "-o", str(out))
    exported = out.read_text(encoding="utf-8")
    assert "Changed." in exported and "Kept." not in exported and "desk officer" not in exported


@pytest.mark.slow
@pytest.mark.timeout(300)  # the fan-out style must be stopped by the limits, not hang the run
def test_styles_add_checks_a_style_with_the_processor_before_adding_it(tmp_path, private_home):
    from briefing.core.citations import bundled_csl_dir
    from tests.core.test_citation_processors import fan_out

    mine = tmp_path / "my-notes.csl"
    mine.write_text((bundled_csl_dir() / "mhra-notes.csl").read_text(encoding="utf-8")
                    .replace("<title>MHRA", "<title>My MHRA"), encoding="utf-8")
    assert "Added 'My MHRA" in briefing("styles", "add", str(mine)).stdout
    assert (private_home / "csl" / "my-notes.csl").read_bytes() == mine.read_bytes()
    listed = json.loads(briefing("styles", "list", "--json").stdout)
    assert "my-notes" in [s["id"] for s in listed]
    again = briefing("styles", "add", str(mine), check=False)
    assert again.returncode == 1 and "already have a style 'my-notes'" in again.stderr

    bad = tmp_path / "fan-out.csl"
    bad.write_text(fan_out(14), encoding="utf-8")
    refused = briefing("styles", "add", str(bad), check=False)
    assert refused.returncode == 1
    assert "fan-out.csl' cannot be used" in refused.stderr and "stopped" in refused.stderr
    assert "Traceback" not in refused.stderr
    assert not (private_home / "csl" / "fan-out.csl").exists()


def test_the_command_line_drops_control_characters(tmp_path):
    doc = tmp_path / "c.briefing"
    briefing("new", "-o", str(doc), "--template", "decision-memo", "--title", "AI\x1b[31m race\x7f",
             "--author", "A.\x07 Officer")
    briefing("add-text", str(doc), "--section", "purpose", "Decide\x08 on\x85 it.\tNow.")
    shown = json.loads(briefing("show", str(doc), "--json").stdout)
    item = shown["sections"][0]["items"][0]
    assert item["text"] == "Decide on it.\tNow."
    briefing("edit-item", str(doc), item["uid"], "--text", "Again\x0c.", "--note", "n\x1bote")
    saved = json.loads(doc.read_text(encoding="utf-8"))
    assert saved["title"] == "AI[31m race" and saved["metadata"]["author"] == "A. Officer"
    text = saved["sections"][0]["items"][0]
    assert (text["text"], text["private_note"]) == ("Again.", "note")


def test_export_adds_the_format_extension_to_a_bare_name(tmp_path):
    """As the GUI's export does: -o without a format's extension gets --format's."""
    doc = tmp_path / "e.briefing"
    briefing("new", "-o", str(doc), "--template", "decision-memo", "--title", "Ext")
    briefing("export", str(doc), "-o", str(tmp_path / "paste-test"), "--format", "docx")
    assert zipfile.is_zipfile(tmp_path / "paste-test.docx")
    assert not (tmp_path / "paste-test").exists()
    kept = briefing("export", str(doc), "-o", str(tmp_path / "as-given.markdown"))
    assert (tmp_path / "as-given.markdown").is_file() and "as-given.markdown" in kept.stdout
    bare = briefing("export", str(doc), "-o", str(tmp_path / "bare"), check=False)
    assert bare.returncode != 0 and "--format" in bare.stderr
