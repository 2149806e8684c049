"""The pack review says, before anything is written, what will and will not go, by description and in
the interface language; the original of a file no metadata-free copy can be made of can be ticked in
(by keyboard); the result names what was left out in the interface language too."""

from __future__ import annotations

import io

from PySide6.QtCore import Qt

from tests.test_ui_report_pack import shot
from tests.ui_helpers import *  # noqa: F403 - the shared fixtures
from tests.ui_helpers import make_window, press, unlock
from ui import dialogs


def a_png() -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (8, 8), (200, 10, 10)).save(out, "PNG")
    return out.getvalue()


def test_review_lists_each_file_and_the_video_can_go_as_original(qtbot, case_vault, make_vault, clock, tmp_path):
    from app.packs import PartnerBook, my_card
    from app.services.evidence import EvidenceService
    from storage.vault import Vault
    from tests.conftest import PASSPHRASE
    from ui.packs import open_pack_dialog

    folder, case_id, _ = case_vault
    partner_vault, _ = make_vault("partner")
    partner_card = my_card(partner_vault, "Partner NGO")
    partner_vault.close()
    vault = Vault.open(folder, passphrase=PASSPHRASE, clock=clock)
    evidence = EvidenceService(vault)
    evidence.add_bytes(case_id, a_png(), original_name="p.png", description="Фото у здания суда")
    video = evidence.add_bytes(
        case_id,
        b"\x00\x00\x00\x18ftypmp42" + bytes(64),
        original_name="v.mp4",
        media_type="video/mp4",
        description="Видео задержания у акимата",
    )
    PartnerBook(vault).add(partner_card, trusted=True)
    vault.close()
    window = make_window(qtbot, folder, clock=clock)
    unlock(qtbot, window)
    window.set_language("kk")
    d = open_pack_dialog(window)
    d.choose_partner(partner_card.fingerprint)
    press(d, Qt.Key.Key_Return)
    texts = [d.review.item(i).text() for i in range(d.review.count())]
    going = next(i for i, t in enumerate(texts) if t.startswith("Жіберілетін дәлелдер (1)"))
    staying = next(i for i, t in enumerate(texts) if t.startswith("Жіберілмейтін дәлелдер (1)"))
    assert "Фото у здания суда" in texts[going + 1]
    assert "Видео задержания у акимата" in texts[staying + 1] and "video/mp4" in texts[staying + 1]
    assert d.review.wordWrap()
    shot(d, "kk/pack-review-video")
    # every evidence line is in Kazakh: no English word of ours in it
    for line in texts[going:]:
        assert not any(w in line for w in ("metadata", "copy", "original", "Evidence", "Tick")), line
    # the video: ticked by keyboard (Down to its line, Space)
    d.review.setFocus()
    d.review.setCurrentRow(0)
    for _ in range(staying + 1):
        qtbot.keyClick(d.review, Qt.Key.Key_Down)
    assert d.review.currentRow() == staying + 1
    qtbot.keyClick(d.review, Qt.Key.Key_Space)
    assert d.review.item(staying + 1).checkState() == Qt.CheckState.Checked
    assert d.originals_chosen() == {video.evidence_id}
    dialogs.next_answers.append(tmp_path / "p.casefile-pack")
    with qtbot.waitSignal(d.job_done, timeout=30_000):
        d.produce()
    assert d.result is not None, d.outcome.text()
    kinds = sorted(item.media_type for item in d.result.items if item.kind == "evidence")
    assert kinds == ["image/png", "video/mp4"] and d.result.left_out == []
    d.cancel_button.click()


def test_nothing_ticked_the_result_says_what_was_left_out_in_kazakh(qtbot, case_vault, make_vault, clock, tmp_path):
    from app.packs import PartnerBook, my_card
    from app.services.evidence import EvidenceService
    from storage.vault import Vault
    from tests.conftest import PASSPHRASE
    from ui.packs import open_pack_dialog

    folder, case_id, _ = case_vault
    partner_vault, _ = make_vault("partner")
    partner_card = my_card(partner_vault, "Partner NGO")
    partner_vault.close()
    vault = Vault.open(folder, passphrase=PASSPHRASE, clock=clock)
    EvidenceService(vault).add_bytes(
        case_id,
        b"\x00\x00\x00\x18ftypmp42" + bytes(64),
        original_name="v.mp4",
        media_type="video/mp4",
        description="Видео задержания",
    )
    PartnerBook(vault).add(partner_card, trusted=True)
    vault.close()
    window = make_window(qtbot, folder, clock=clock)
    unlock(qtbot, window)
    window.set_language("kk")
    d = open_pack_dialog(window)
    d.choose_partner(partner_card.fingerprint)
    press(d, Qt.Key.Key_Return)
    dialogs.next_answers.append(tmp_path / "p.casefile-pack")
    with qtbot.waitSignal(d.job_done, timeout=30_000):
        press(d, Qt.Key.Key_Return)
    assert d.result is not None and len(d.result.left_out) == 1
    details = [d.details.item(i).text() for i in range(d.details.count())]
    left = [t for t in details if "Видео задержания" in t]
    assert len(left) == 1 and d.result.left_out[0][0] not in left[0]
    assert not any(w in " ".join(details) for w in ("Left out", "metadata", "bytes", "files inside")), details
    assert "pack was saved" not in d.outcome.text()
    d.cancel_button.click()
