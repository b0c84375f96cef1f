#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

// schema.json text for nodes built inside the tests, written with single
// quotes for readability (q() turns them into JSON's double quotes).
namespace testdata::schema {

QByteArray q(const QByteArray &text);
// Nodes as skops writes them; `id` > 0 adds an `__id__`.
QByteArray json(const QByteArray &content, int id = 0);
QByteArray list(const QList<QByteArray> &items, int id = 0);
QByteArray dict(const QList<QPair<QByteArray, QByteArray>> &entries);
QByteArray array(const QByteArray &file, int id = 0);
QByteArray object(const QByteArray &module, const QByteArray &cls, const QByteArray &content);
// The node as the document's root, with `"protocol": 2`.
QByteArray root(QByteArray node);

} // namespace testdata::schema
