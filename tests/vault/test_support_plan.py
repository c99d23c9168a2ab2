"""The support plan in the vault: round trip, search, Markdown, JSON export/import, backup/restore, the trigger form."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from ipt_journal.domain import support as plan_rules
from ipt_journal.domain.entries import FORMS, Entry, Feeling
from ipt_journal.domain.support import PlanItem, SupportPlan
from ipt_journal.services import data_safety
from ipt_journal.vault import export
from ipt_journal.vault.journal import JournalRepository
from ipt_journal.vault.support_plan import SupportPlanRepository, plan_document, write_plan_markdown
from ipt_journal.vault.vault import Vault
from tests.conftest import PASSPHRASE

HEADINGS = {k: k.replace("_", " ").title() for k in plan_rules.SECTIONS}


def full_plan() -> SupportPlan:
    return SupportPlan((
        PlanItem("reasons", "my niece laughing"),
        PlanItem("warning_signs", "staying in bed after work"),
        PlanItem("warning_signs", "skipping   dinner  "),
        PlanItem("on_my_own", "a long shower"),
        PlanItem("distractions", "the library café"),
        PlanItem("people", "Ana, my sister", "+1 555 0100"),
        PlanItem("professionals", "Dr Lee at the clinic", "weekdays 9-5"),
        PlanItem("safer_surroundings", "leave the car keys with Ana"),
        PlanItem("people", "   ", "  "),  # an empty row is dropped
    ))


def test_round_trip_keeps_order_and_drops_empty_items(vault: Vault) -> None:
    repo = SupportPlanRepository(vault)
    assert repo.get().is_empty
    saved = repo.save(full_plan())
    again = repo.get()
    assert again == saved
    assert [i.section for i in again.items] == [
        "warning_signs", "warning_signs", "on_my_own", "distractions", "people", "professionals",
        "safer_surroundings", "reasons",
    ]
    assert again.section("warning_signs")[1].text == "skipping dinner"
    assert again.section("people")[0].reach == "+1 555 0100"
    assert all(i.id is not None for i in again.items)


def test_editing_keeps_uids_and_removing_deletes(vault: Vault) -> None:
    repo = SupportPlanRepository(vault)
    saved = repo.save(full_plan())
    ana = saved.section("people")[0]
    edited = saved.with_section("people", [ana.with_changes(reach="+1 555 0199")])
    edited = edited.with_section("reasons", [])
    after = repo.save(edited)
    assert after.section("people")[0].uid == ana.uid and after.section("people")[0].reach == "+1 555 0199"
    assert after.section("reasons") == ()
    assert vault.conn.execute("SELECT count(*) FROM support_plan_items").fetchone()[0] == len(after.items)
    assert repo.search("niece") == []  # the removed item's search row went with it


def test_any_section_may_stay_empty_and_odd_input_is_tamed(vault: Vault) -> None:
    repo = SupportPlanRepository(vault)
    long_line = "x" * 10_000
    saved = repo.save(SupportPlan((PlanItem("reasons", long_line), PlanItem("warning_signs", "a", reach="ignored"))))
    assert len(saved.section("reasons")[0].text) == plan_rules.MAX_TEXT
    assert saved.section("warning_signs")[0].reach == ""  # only contact sections keep how to reach
    with pytest.raises(plan_rules.InvalidPlan):
        repo.save(SupportPlan((PlanItem("nonsense", "x"),)))
    assert repo.get() == saved  # a refused save changes nothing


def test_search_finds_lines_names_and_numbers(vault: Vault) -> None:
    repo = SupportPlanRepository(vault)
    repo.save(full_plan())
    hits = repo.search("shower")
    assert [h.section for h in hits] == ["on_my_own"] and "shower" in hits[0].snippet
    assert [h.text for h in repo.search("clinic")] == ["Dr Lee at the clinic"]
    assert [h.section for h in repo.search("555")] == ["people"]  # how to reach them is searchable
    for odd in ('"', "AND OR NOT", "*", "(", "-", "near(a b)", "💙"):
        assert isinstance(repo.search(odd), list)
    assert repo.search("nothing-like-this") == []


def test_copy_warning_signs_adds_only_new_ones(vault: Vault) -> None:
    repo = SupportPlanRepository(vault)
    repo.save(full_plan())
    assert repo.copy_warning_signs(["Staying in bed after work", "snapping at people", "", "snapping  at people"]) == 1
    signs = [i.text for i in repo.get().section("warning_signs")]
    assert signs == ["staying in bed after work", "skipping dinner", "snapping at people"]


def test_markdown_copy_has_every_section_and_words(vault: Vault, tmp_path: Path) -> None:
    repo = SupportPlanRepository(vault)
    repo.save(full_plan())
    doc = plan_document(repo.get(), title="My support plan", subtitle="For a hard moment.", headings=HEADINGS,
                        empty="(nothing yet)")
    dest = tmp_path / "plan.md"
    write_plan_markdown(doc, dest)
    text = dest.read_text(encoding="utf-8")
    assert text.startswith("# My support plan\n")
    for heading in HEADINGS.values():
        assert f"## {heading}" in text
    assert "- Ana, my sister: +1 555 0100" in text and "- leave the car keys with Ana" in text
    empty_doc = plan_document(SupportPlan(), title="T", subtitle="", headings=HEADINGS, empty="(nothing yet)")
    assert export.document_markdown(empty_doc).decode().count("(nothing yet)") == len(plan_rules.SECTIONS)


def test_json_export_import_round_trip_and_search_rebuilt(vault: Vault, tmp_path: Path) -> None:
    repo = SupportPlanRepository(vault)
    saved = repo.save(full_plan())
    dest = tmp_path / "export.json"
    export.write_json_export(vault, dest)
    other, _ = Vault.create(tmp_path / "other", PASSPHRASE)
    try:
        report = export.import_json(other, dest)
        assert report.added["support_plan_items"] == len(saved.items)
        assert SupportPlanRepository(other).get() == saved
        assert [h.text for h in SupportPlanRepository(other).search("library")] == ["the library café"]
        # Importing the same file again into the vault now in use adds nothing twice.
        export.import_json(other, dest)
        assert len(SupportPlanRepository(other).get().items) == len(saved.items)
    finally:
        other.close()


def test_merge_into_a_plan_in_use_keeps_both(vault: Vault, tmp_path: Path) -> None:
    SupportPlanRepository(vault).save(SupportPlan((PlanItem("people", "Ana", "555"),)))
    dest = tmp_path / "export.json"
    export.write_json_export(vault, dest)
    other, _ = Vault.create(tmp_path / "other", PASSPHRASE)
    try:
        SupportPlanRepository(other).save(SupportPlan((PlanItem("people", "Marco", "text first"),)))
        export.import_json(other, dest)
        names = sorted(i.text for i in SupportPlanRepository(other).get().section("people"))
        assert names == ["Ana", "Marco"]
        assert [h.text for h in SupportPlanRepository(other).search("Ana")] == ["Ana"]
    finally:
        other.close()


def test_backup_and_restore_bring_the_plan_back(vault: Vault, tmp_path: Path) -> None:
    repo = SupportPlanRepository(vault)
    saved = repo.save(full_plan())
    archive = data_safety.back_up_to(vault, tmp_path / "backups").path
    data_dir = vault.data_dir
    repo.save(SupportPlan())
    vault.close()
    data_safety.restore(data_dir, archive, passphrase=PASSPHRASE)
    back = Vault.open(data_dir, passphrase=PASSPHRASE)
    try:
        assert SupportPlanRepository(back).get() == saved
        assert SupportPlanRepository(back).search("shower")
    finally:
        back.close()


def test_trigger_form_round_trips_and_is_searchable(vault: Vault) -> None:
    spec = FORMS["trigger"]
    keys = [f.key for f in spec.fields]
    assert keys == ["what_happened", "feelings", "urge", "urge_strength", "signs", "instead", "helped"]
    strength = next(f for f in spec.fields if f.key == "urge_strength")
    assert strength.kind == "choice" and strength.choices == tuple(str(n) for n in range(11))
    journal = JournalRepository(vault)
    entry = journal.save(Entry(
        kind="trigger", entry_at=datetime(2024, 3, 1, 22, 0).astimezone(),
        fields={"what_happened": "walked past the old bar with Sam", "urge": "go in for one",
                "urge_strength": "8", "signs": "tight jaw\nscrolling old photos", "instead": "called Ana",
                "helped": "cold water on my face"},
        feelings=(Feeling("lonely", 7),),
    ))
    back = journal.get(entry.id)  # type: ignore[arg-type]
    assert back.fields == entry.fields and back.feelings == entry.feelings and back.kind == "trigger"
    assert [h.entry_id for h in journal.search("bar")] == [entry.id]
    assert [h.entry_id for h in journal.search("cold water")] == [entry.id]
    assert plan_rules.urge_strength(back.fields["urge_strength"]) == 8
    # Its warning signs can go into the plan.
    repo = SupportPlanRepository(vault)
    assert repo.copy_warning_signs(back.fields["signs"].splitlines()) == 2
    assert [i.text for i in repo.get().section("warning_signs")] == ["tight jaw", "scrolling old photos"]


@pytest.mark.parametrize("value, expected", [("7", 7), (" 10 ", 10), ("", None), ("11", None), (None, None),
                                             ("-1", None), ("seven", None)])
def test_urge_strength_reads_only_marks_from_0_to_10(value: object, expected: int | None) -> None:
    assert plan_rules.urge_strength(value) == expected


def test_lines_keep_uids_of_unchanged_lines() -> None:
    old = (PlanItem("on_my_own", "walk"), PlanItem("on_my_own", "tea"))
    items = plan_rules.lines_to_items("on_my_own", "- tea\n\nwalk  the dog\n", old)
    assert [i.text for i in items] == ["tea", "walk the dog"]
    assert items[0].uid == old[1].uid and items[1].uid not in {o.uid for o in old}


def test_a_vault_from_before_the_plan_is_migrated_on_open(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from ipt_journal.vault import migrations
    from tests.conftest import vault_at_schema

    vault = vault_at_schema(tmp_path / "old", 3)  # as a journal made before schema 5 looks
    JournalRepository(vault).save(Entry(kind="free", entry_at=datetime(2024, 1, 1, 9).astimezone(), body="kept"))
    data_dir = vault.data_dir
    vault.close()
    reopened = Vault.open(data_dir, passphrase=PASSPHRASE)
    try:
        assert reopened.conn.execute("PRAGMA user_version").fetchone()[0] == migrations.LATEST_VERSION >= 5
        assert list((data_dir / "backups").glob("*.ijbackup"))  # a backup was made before migrating
        assert JournalRepository(reopened).search("kept")
        repo = SupportPlanRepository(reopened)
        repo.save(SupportPlan((PlanItem("reasons", "the sea in spring"),)))
        assert [h.text for h in repo.search("spring")] == ["the sea in spring"]
    finally:
        reopened.close()
