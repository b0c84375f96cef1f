#include "ItemViewCopy.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QClipboard>
#include <QItemSelectionModel>

#include <algorithm>

namespace itemviewcopy {

QString selectionAsTsv(const QAbstractItemView *view)
{
    if (!view->selectionModel())
        return QString();
    QModelIndexList indexes = view->selectionModel()->selectedIndexes();
    if (indexes.isEmpty() && view->currentIndex().isValid()) {
        const QModelIndex current = view->currentIndex();
        for (int column = 0; column < view->model()->columnCount(current.parent()); ++column)
            indexes << current.siblingAtColumn(column);
    }
    // Group cells by their row (and parent, for trees), keeping view order.
    std::sort(indexes.begin(), indexes.end(), [view](const QModelIndex &a, const QModelIndex &b) {
        const QRect ra = view->visualRect(a);
        const QRect rb = view->visualRect(b);
        return ra.top() != rb.top() ? ra.top() < rb.top() : a.column() < b.column();
    });
    QString text;
    QPersistentModelIndex previousRow;
    for (const QModelIndex &index : indexes) {
        const QModelIndex rowStart = index.siblingAtColumn(0);
        if (previousRow.isValid() && rowStart == previousRow)
            text += QLatin1Char('\t');
        else if (previousRow.isValid())
            text += QLatin1Char('\n');
        text += index.data().toString();
        previousRow = rowStart;
    }
    return text;
}

bool copySelection(const QAbstractItemView *view)
{
    const QString text = selectionAsTsv(view);
    if (text.isEmpty())
        return false;
    QApplication::clipboard()->setText(text);
    return true;
}

} // namespace itemviewcopy
