#pragma once

#include <QTimer>
#include <QWidget>

class QLabel;
class QLineEdit;

// The filter field over the tree: waits until typing pauses, then asks for
// a search; shows how many places match.
class SearchBar : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kDebounceMs = 250;

    explicit SearchBar(QWidget *parent = nullptr);
    QString text() const;
    void setMatchCount(int count, bool capped);
    void clearMatchCount();
    QLineEdit *lineEdit() const { return m_edit; }

public slots:
    void focusSearch();

signals:
    void searchRequested(const QString &text);

private:
    QLineEdit *m_edit;
    QLabel *m_count;
    QTimer m_debounce;
};
