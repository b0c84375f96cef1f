#pragma once

#include <QString>
#include <QStringView>

#include <set>
#include <string>

namespace skops {

// The Python code that loads a file with exactly the names a user approved,
// for "Copy Python snippet". The text is, byte for byte:
//
//   # sha256: <64 lowercase hex digits of the file>
//   import skops.io
//   obj = skops.io.load("<file name>", trusted=[
//       "<name 1>",
//       "<name 2>",
//   ])
//
// with one line per name, names sorted by code point (Python's sorted()),
// four spaces of indent, a trailing comma after every name, and a final
// newline. With no approved names the call is one line:
// `obj = skops.io.load("<file name>", trusted=[])`.
// File name and names are Python string literals as stringLiteral() writes
// them, so the snippet is plain ASCII and Python reads back exactly the
// stored strings, invisible and look-alike characters included.
class PythonSnippet
{
public:
    // `fileName` as it should appear in the call (normally the base name).
    static QString loadCall(const QString &fileName, const QString &sha256,
                            const std::set<std::string> &trustedNames);

    // A double-quoted Python str literal: `\\`, `\"`, `\n`, `\r`, `\t`;
    // printable ASCII as is; other code points below 0x100 as `\xNN`, up to
    // 0xFFFF as `\uNNNN`, above as `\UNNNNNNNN` (lowercase hex).
    static QString stringLiteral(QStringView text);
};

} // namespace skops
