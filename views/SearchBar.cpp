#include "SearchBar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

SearchBar::SearchBar(QWidget *parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_count(new QLabel(this))
{
    m_edit->setPlaceholderText(tr("Filter by key, type or value (Ctrl+F)"));
    m_edit->setClearButtonEnabled(true);
    m_edit->setAccessibleName(tr("Filter"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_count);
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kDebounceMs);
    connect(m_edit, &QLineEdit::textChanged, &m_debounce, qOverload<>(&QTimer::start));
    connect(&m_debounce, &QTimer::timeout, this, [this] { emit searchRequested(m_edit->text()); });
}

QString SearchBar::text() const
{
    return m_edit->text();
}

void SearchBar::setMatchCount(int count, bool capped)
{
    m_count->setText(capped ? tr("first %n matches", nullptr, count) : tr("%n match(es)", nullptr, count));
}

void SearchBar::clearMatchCount()
{
    m_count->clear();
}

void SearchBar::focusSearch()
{
    m_edit->setFocus(Qt::ShortcutFocusReason);
    m_edit->selectAll();
}
