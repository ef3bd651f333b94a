"""Library packs: export, merge by id and content, idempotence, conflicts, hostile files."""

from __future__ import annotations

import hashlib
import json

import pytest

from briefing.core.curation.claims import add_claim, edit_claim, retire_claim
from briefing.core.curation.links import link_claims, linked
from briefing.core.importing import build_source, read_bytes
from briefing.core.importing.sources import add_source
from briefing.core.library import Library, pack_check, packs
from briefing.core.library.packs import VERSION, PackError, export_pack, import_pack

TEXT = ("Die Regierung meldete am Montag 5.000 neue Stellen in der Chipindustrie. "
        "Huawei baut Chips in Shenzhen. Am Ende stand ein Kompromiss.")


@pytest.fixture
def other(tmp_path, bundle):
    """A second laptop's library."""
    lib = Library.open(tmp_path / "other.sqlite", bundle)
    yield lib
    lib.close()


def snapshot(library):
    links = library.db.execute("SELECT * FROM claim_links ORDER BY 1, 2").fetchall()
    return ([s.to_json(with_text=True) for s in library.sources()],
            [c.to_json() for c in library.claims(include_retired=True)], links)


def curate(library):
    source = add_source(library, build_source(read_bytes(TEXT.encode(), "m.txt"),
                                              {"title": "Meldung", "outlet": "Blatt"}))
    jobs = add_claim(library, source.id, "5.000 neue Stellen", "The government reported 5,000 "
                     "new jobs in the chip industry.", "figure", topics=["jobs"])
    huawei = add_claim(library, source.id, "Huawei baut Chips in Shenzhen",
                       "Huawei builds chips in Shenzhen.", topics=["chips"], actors=["Huawei"])
    link_claims(library, huawei.id, "merics-ilr-15", corroborated=False)
    return source, jobs, huawei


def test_export_all_and_import_into_another_library(tmp_path, library, other):
    source, jobs, huawei = curate(library)
    path = tmp_path / "all.briefing-pack"
    counts = export_pack(library, path)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["format"] == "briefing-library-pack" and data["version"] == VERSION == 4
    assert counts["sources"] == 3 and counts["claims"] == len(library.claims(include_retired=True))
    assert data["links"] == [sorted([huawei.id, "merics-ilr-15"])]
    report = import_pack(other, path)
    assert sorted(report.added) == sorted([f"source:{source.id}", f"claim:{jobs.id}",
                                           f"claim:{huawei.id}"])
    assert report.updated == [] and report.conflicts == [] and report.links_added == 1
    assert other.claim(jobs.id) == jobs and other.source(source.id).text == TEXT
    assert linked(other, huawei.id) == ["merics-ilr-15"]
    again = import_pack(other, path)
    assert (again.added, again.updated, again.conflicts, again.links_added) == ([], [], [], 0)
    assert len(again.skipped) == len(report.added) + len(report.skipped)


def test_updates_flow_and_local_edits_are_conflicts(tmp_path, library, other):
    source, jobs, huawei = curate(library)
    v1 = tmp_path / "v1.json"
    export_pack(library, v1, source_ids=[source.id])
    data = json.loads(v1.read_text(encoding="utf-8"))
    data["created"] = "2020-01-01T00:00:00+00:00"  # made well before v2
    v1.write_text(json.dumps(data), encoding="utf-8")
    import_pack(other, v1)
    edit_claim(library, jobs.id, status="corroborated")
    edit_claim(library, huawei.id, curator_note="Curator A's note.")
    edit_claim(other, huawei.id, curator_note="Curator B's note.")
    export_pack(library, tmp_path / "v2.json", source_ids=[source.id])
    before = snapshot(other)
    report = import_pack(other, tmp_path / "v2.json")
    assert report.updated == [f"claim:{jobs.id}"]
    assert [(c.kind, c.id) for c in report.conflicts] == [("claim", huawei.id)]
    assert "changed in this library" in report.conflicts[0].reason
    assert other.claim(jobs.id).status == "corroborated"
    assert other.claim(huawei.id).curator_note == "Curator B's note."  # never silently overwritten
    assert snapshot(other) != before
    # The older pack again changes nothing: v2 wrote the jobs claim, B edited the other.
    older = import_pack(other, v1)
    assert (older.added, older.updated, older.conflicts) == ([], [], [])
    assert other.claim(jobs.id).status == "corroborated"


def test_bundled_claims_edited_by_a_curator_travel(tmp_path, library, other, bundle):
    edit_claim(library, "merics-ilr-15", curator_note="Checked with the vendor.")
    retire_claim(library, "dn-waic-07")
    export_pack(library, tmp_path / "p.json")
    report = import_pack(other, tmp_path / "p.json")
    assert sorted(report.updated) == ["claim:dn-waic-07", "claim:merics-ilr-15"]
    assert other.claim("merics-ilr-15").curator_note == "Checked with the vendor."
    assert other.claim("dn-waic-07").retired
    # The pack's version is now the local one: a bundle refresh leaves it alone ...
    import dataclasses
    other.apply_bundle(dataclasses.replace(bundle, digest="new"))
    assert other.claim("merics-ilr-15").curator_note == "Checked with the vendor."
    # ... and a curator's own edit of a bundled claim is never overwritten by a pack.
    edit_claim(other, "merics-ilr-16", curator_note="B's own note.")
    edit_claim(library, "merics-ilr-16", curator_note="A's note.")
    export_pack(library, tmp_path / "p2.json")
    report = import_pack(other, tmp_path / "p2.json")
    assert [c.id for c in report.conflicts] == ["merics-ilr-16"]
    assert other.claim("merics-ilr-16").curator_note == "B's own note."


def test_export_by_topic_and_by_source(tmp_path, library):
    source, jobs, _ = curate(library)
    export_pack(library, tmp_path / "t.json", topic="JOBS")
    data = json.loads((tmp_path / "t.json").read_text(encoding="utf-8"))
    assert [c["id"] for c in data["claims"]] == [jobs.id]
    assert [s["id"] for s in data["sources"]] == [source.id] and data["links"] == []
    export_pack(library, tmp_path / "s.json", source_ids=["dn-waic"])
    data = json.loads((tmp_path / "s.json").read_text(encoding="utf-8"))
    assert {c["source_id"] for c in data["claims"]} == {"dn-waic"}
    with pytest.raises(PackError, match="No claim has the topic 'nope'"):
        export_pack(library, tmp_path / "n.json", topic="nope")


def test_the_same_text_under_another_id_is_a_conflict(tmp_path, library, other):
    source, _, _ = curate(library)
    add_source(other, build_source(read_bytes(TEXT.encode(), "m.txt"), {"title": "Anders"}))
    export_pack(library, tmp_path / "p.json", source_ids=[source.id])
    report = import_pack(other, tmp_path / "p.json")
    assert [c.kind for c in report.conflicts] == ["source", "claim", "claim"]
    assert "same text" in report.conflicts[0].reason
    assert report.added == []


def test_a_pack_never_changes_a_source_text(tmp_path, library, other):
    source, _, _ = curate(library)
    export_pack(library, tmp_path / "p.json", source_ids=[source.id])
    import_pack(other, tmp_path / "p.json")
    data = json.loads((tmp_path / "p.json").read_text(encoding="utf-8"))
    entry = data["sources"][0]
    entry["text"] = "Vorspann. " + entry["text"]
    entry["text_sha256"] = hashlib.sha256(entry["text"].encode("utf-8")).hexdigest()
    entry["outlet"] = "Anderes Blatt"
    data["claims"] = []
    (tmp_path / "q.json").write_text(json.dumps(data), encoding="utf-8")
    report = import_pack(other, tmp_path / "q.json")
    assert [(c.kind, c.id) for c in report.conflicts] == [("source", source.id)]
    assert other.source(source.id).text == TEXT and other.source(source.id).outlet == "Blatt"
    # Metadata alone does travel.
    entry["text"] = TEXT
    entry["text_sha256"] = hashlib.sha256(TEXT.encode("utf-8")).hexdigest()
    (tmp_path / "r.json").write_text(json.dumps(data), encoding="utf-8")
    assert import_pack(other, tmp_path / "r.json").updated == [f"source:{source.id}"]
    assert other.source(source.id).outlet == "Anderes Blatt"


def test_a_failure_midway_changes_nothing(tmp_path, library, other, monkeypatch):
    curate(library)
    export_pack(library, tmp_path / "p.json")
    before = snapshot(other)
    calls = []
    real = packs._Merge.claim

    def failing(self, claim):
        calls.append(claim.id)
        if len(calls) == 2:
            raise RuntimeError("disk full")
        return real(self, claim)

    monkeypatch.setattr(packs._Merge, "claim", failing)
    with pytest.raises(RuntimeError):
        import_pack(other, tmp_path / "p.json")
    assert snapshot(other) == before


@pytest.fixture(scope="module")
def good_pack(tmp_path_factory, bundle):
    folder = tmp_path_factory.mktemp("pack")
    with Library.open(folder / "a.sqlite", bundle) as library:
        curate(library)
        export_pack(library, folder / "good.json")
    return json.loads((folder / "good.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def target(tmp_path_factory, bundle):
    """A library hostile packs are thrown at (each test checks it stays unchanged)."""
    with Library.open(tmp_path_factory.mktemp("target") / "t.sqlite", bundle) as library:
        yield library


def _claim(data, claim_id):
    return next(c for c in data["claims"] if c["id"] == claim_id)


@pytest.mark.parametrize("mutate, message", [
    (lambda d: d.update(format="other"), "not a Briefing library pack"),
    (lambda d: d.update(version=VERSION + 1), "newer version of Briefing"),
    (lambda d: d.update(version="1"), "no valid version"),
    (lambda d: d.update(claims={}), "'claims' is not a list"),
    (lambda d: _claim(d, "merics-ilr-15").update(start=0), "quote is not the source text"),
    (lambda d: _claim(d, "merics-ilr-15").update(kind="rumour"), "unknown kind"),
    (lambda d: _claim(d, "merics-ilr-15").update(id="has space"), "malformed id"),
    (lambda d: _claim(d, "merics-ilr-15").update(actors="Huawei"), "not a list of names"),
    (lambda d: _claim(d, "merics-ilr-15").update(event_date="July"), "not a date"),
    (lambda d: _claim(d, "merics-ilr-15").update(source_id="gone"), "not in the pack"),
    (lambda d: _claim(d, "merics-ilr-15").update(curator_note="bell\x07"), "control characters"),
    (lambda d: d["claims"].append(dict(d["claims"][0])), "appears twice"),
    (lambda d: d["sources"][0].update(text=d["sources"][0]["text"] + "!"),
     "does not match its text_sha256"),
    (lambda d: d["sources"][0].update(repeats=[{"start": 0, "end": 10 ** 9, "repeat_start": 1,
                                                "repeat_end": 2}]), "outside its text"),
    (lambda d: d["sources"][0].update(kind="tweet"), "not a citation item type"),
    (lambda d: d["links"].append(["a"]), "not a pair of claim ids"),
    (lambda d: d["sources"].append(5), "not an object"),
])
def test_hostile_packs_are_refused_and_change_nothing(tmp_path, good_pack, target, mutate,
                                                      message):
    data = json.loads(json.dumps(good_pack))
    mutate(data)
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    before = snapshot(target)
    with pytest.raises(PackError, match=message):
        import_pack(target, path)
    assert snapshot(target) == before


@pytest.mark.parametrize("content, message", [
    (b"\x89PNG\r\n", "not UTF-8"),
    (b"{not json", "not valid JSON"),
    (b"[" * 100_000 + b"]" * 100_000, "not a Briefing library pack"),
    (b'{"format": ' + b"[" * 100_000 + b"]" * 100_000 + b"}", "nests too deeply"),
    (b"[]", "not a Briefing library pack"),
])
def test_files_that_are_not_packs(tmp_path, target, content, message):
    path = tmp_path / "x.json"
    path.write_bytes(content)
    with pytest.raises(PackError, match=message):
        import_pack(target, path)
    with pytest.raises(PackError, match="no pack file"):
        import_pack(target, tmp_path / "absent.json")


def test_a_huge_pack_is_refused_before_reading(tmp_path, target, monkeypatch):
    monkeypatch.setattr(pack_check, "MAX_PACK_BYTES", 1000)
    path = tmp_path / "big.json"
    path.write_bytes(b" " * 2000)
    with pytest.raises(PackError, match="pack files can be up to 1 KB. Export fewer"):
        import_pack(target, path)
