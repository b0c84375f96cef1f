#pragma once

#include <QDialog>

class QLabel;

// Help ▸ About: the application's version and the versions that decide how
// it reads and judges a file — the Qt it runs on, the QuaZip it was built
// with, and the scikit-learn / numpy / scipy environments behind each
// built-in allow-list profile — as selectable text a bug report can quote.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    // activeProfile: the name of the allow-list profile in use, marked in the list.
    explicit AboutDialog(const QString &activeProfile, QWidget *parent = nullptr);

    // The label holding the application, library and profile versions.
    QLabel *versionsLabel() const { return m_versions; }

private:
    static QString versionsHtml(const QString &activeProfile);

    QLabel *m_versions = nullptr;
};
