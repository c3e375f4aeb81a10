import builtins

from glossary.cli import shell


def test_prompt_answers_each_line_until_quit_and_keeps_history(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path))
    typed = iter(["枫桥经验", "", "  CPC  ", ":q", "never read"])
    monkeypatch.setattr(builtins, "input", lambda prompt: next(typed))
    answered = []
    shell.run(answered.append)
    assert answered == ["枫桥经验", "CPC"]
    assert shell.history_path() == tmp_path / "glossary" / "history"
    assert shell.history_path().exists()


def test_prompt_ends_at_end_of_input(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path))

    def end(prompt):
        raise EOFError

    monkeypatch.setattr(builtins, "input", end)
    answered = []
    shell.run(answered.append)
    assert answered == []


def test_help_is_shown_not_looked_up(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path))
    typed = iter([":help", "CPC", ":q"])
    monkeypatch.setattr(builtins, "input", lambda prompt: next(typed))
    answered = []
    shell.run(answered.append)
    assert answered == ["CPC"]
    assert capsys.readouterr().out.startswith("Type a term to look it up")
