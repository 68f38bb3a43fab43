"""``python -m benchmarks``'s own arguments: a bad one is refused in one line with exit status 2."""

from benchmarks.__main__ import _database_url, main


def test_database_url_is_taken_out_of_the_benchmark_names():
    assert _database_url(["wizard", "--database-url", "postgres://postgres@127.0.0.1:5432/x"]) == (
        "postgres://postgres@127.0.0.1:5432/x", ["wizard"])
    assert _database_url(["wizard"]) == ("", ["wizard"])


def test_a_database_url_that_is_missing_or_not_postgresql_is_refused(capsys):
    for argv in (["wizard", "--database-url"], ["--database-url", "sqlite:///x.db", "wizard"]):
        assert main(argv) == 2
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "--database-url" in err


def test_an_unknown_benchmark_is_refused(capsys):
    assert main(["nonsense"]) == 2
    assert "unknown benchmark: nonsense" in capsys.readouterr().err
