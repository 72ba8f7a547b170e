"""go-imports: the import specs of a Go file's `import ( ... )` block, merged by import path, with
the compiler's own rule as the check (every import used, nothing used that is not imported).
Real `git merge-file` makes every conflict."""
from __future__ import annotations

from conftest import declined, resolved

from rebound_lint.merges.resolve.rules.go_imports import package_names

BASE = b"""package server

import (
\t"context"
\t"fmt"
\t"net/http"

\t"github.com/prometheus/common/model"
)

func Serve(ctx context.Context) error {
\treturn fmt.Errorf("no %v", http.StatusOK)
}

func Model() model.Value {
\treturn nil
}
"""


def _with(imports: bytes, old: bytes = b'\t"fmt"\n', tail: bytes = b"") -> bytes:
    return BASE.replace(old, imports) + tail


def test_each_side_added_a_package_its_new_code_uses():
    ours = _with(b'\t"fmt"\n\t"io"\n').replace(b"return fmt", b"_ = io.EOF\n\treturn fmt")
    theirs = _with(b'\t"fmt"\n\t"log"\n').replace(b"return nil\n", b"log.Println()\n\treturn nil\n")
    result = resolved(BASE, ours, theirs, "server/serve.go")
    assert result.hunks[0].rule == "go-imports"
    assert b'\t"fmt"\n\t"io"\n\t"log"\n\t"net/http"\n' in result.data  # sorted, as gofmt keeps the group
    assert b"io.EOF" in result.data and b"log.Println" in result.data


def test_a_removal_the_file_no_longer_needs_is_kept():
    """Ours stopped using net/http (the compiler would reject the import now); theirs added io."""
    ours = BASE.replace(b'\t"net/http"\n', b"").replace(b"http.StatusOK", b"200")
    theirs = _with(b'\t"fmt"\n\t"io"\n').replace(b"return nil\n", b"_ = io.EOF\n\treturn nil\n")
    result = resolved(BASE, ours, theirs, "serve.go")
    assert b'"net/http"' not in result.data and b'\t"fmt"\n\t"io"\n\n' in result.data
    assert "removed: net/http" in result.hunks[0].why


def test_a_removal_the_other_sides_new_code_still_uses_is_declined():
    ours = BASE.replace(b'\t"net/http"\n', b"").replace(b"http.StatusOK", b"200")
    theirs = _with(b'\t"fmt"\n\t"io"\n').replace(b"return nil\n", b"_ = io.EOF\n\treturn http.NoBody\n")
    result = declined(BASE, ours, theirs, "serve.go")
    assert "still uses http." in " ".join(result.reasons)


def test_an_addition_nothing_uses_is_declined():
    """A side's import whose use is gone would not compile: not what that side meant."""
    ours = _with(b'\t"fmt"\n\t"io"\n').replace(b"return nil\n", b"_ = io.EOF\n\treturn nil\n")
    theirs = _with(b'\t"fmt"\n\t"log"\n')  # log imported, used nowhere
    result = declined(BASE, ours, theirs, "serve.go")
    assert "nothing left in the file uses it" in " ".join(result.reasons)


def test_blank_imports_and_unsorted_groups_are_declined():
    ours = _with(b'\t"fmt"\n\t"io"\n').replace(b"return nil\n", b"_ = io.EOF\n\treturn nil\n")
    blank = _with(b'\t"fmt"\n\t_ "embed"\n')
    assert "blank or dot import" in " ".join(declined(BASE, ours, blank, "serve.go").reasons)
    unsorted = BASE.replace(b'\t"context"\n\t"fmt"\n\t"net/http"\n', b'\t"net/http"\n\t"context"\n\t"fmt"\n')
    ours_u = unsorted.replace(b'\t"fmt"\n', b'\t"fmt"\n\t"io"\n').replace(b"return nil\n", b"_ = io.EOF\n\treturn nil\n")
    theirs_u = unsorted.replace(b'\t"fmt"\n', b'\t"fmt"\n\t"os"\n').replace(b"return nil\n", b"_ = os.Args\n\treturn nil\n")
    assert declined(unsorted, ours_u, theirs_u, "serve.go").reasons


def test_only_go_files_and_only_import_blocks():
    ours = _with(b'\t"fmt"\n\t"io"\n').replace(b"return nil\n", b"_ = io.EOF\n\treturn nil\n")
    theirs = _with(b'\t"fmt"\n\t"log"\n').replace(b"return nil\n", b"log.Println()\n\treturn nil\n")
    declined(BASE, ours, theirs, "serve.go.txt")
    body_ours = BASE.replace(b"return nil\n", b"return model.Value(nil)\n")
    body_theirs = BASE.replace(b"return nil\n", b"return model.Matrix{}\n")
    declined(BASE, body_ours, body_theirs, "serve.go")


def test_package_names_a_path_suggests():
    assert package_names("gopkg.in/yaml.v3", None) >= {"yaml"}
    assert package_names("github.com/mattn/go-sqlite3", None) >= {"sqlite3"}
    assert package_names("helm.sh/helm/v4/pkg/chart/v2", None) >= {"chart"}
    assert package_names("github.com/pkg/errors", b"pkgerrors") == {"pkgerrors"}
