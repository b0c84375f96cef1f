#pragma once

#include "JsonDocument.h"

#include <QByteArrayView>
#include <QString>

// Text exactly as Python would print it, for output that must match skops.
namespace skops::python {

// repr() of a float: shortest round-trip digits, "1e-05", "0.1", "1.0", "inf", "nan".
QString floatRepr(double value);
// repr() of a str: '…' (or "…" when the text has ' but no "), with escapes.
QString stringRepr(QStringView text);
// repr() of the value json.loads would give for this JSON value.
QString jsonValueRepr(const JsonDocument &doc, JsonDocument::Index value);
// repr() of bytes, and reprlib's shortened form (at most 30 characters).
QString bytesRepr(QByteArrayView bytes);
QString reprlibBytes(QByteArrayView bytes);

// Control characters, line breaks and bidirectional overrides replaced by
// visible escapes, so that file text cannot forge lines or terminal state.
QString escapeForDisplay(QStringView text);
// escapeForDisplay of at most `maxChars` characters of the text; a longer
// text is cut and ends with a note saying how much was left out and the
// limit (Limits::maxShownChars).
QString shownText(QStringView text, quint64 maxChars);
// The same cut with the same note, without escaping: for values whose
// characters are data shown as they are (array cells).
QString cutText(const QString &text, quint64 maxChars);

} // namespace skops::python
