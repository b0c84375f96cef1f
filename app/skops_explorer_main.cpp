#include "AppTranslator.h"
#include "ExplorerWindows.h"
#include "MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QTimer>

#include <cstdio>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    skops::AppTranslator::install();
    QApplication::setOrganizationName(QStringLiteral("SkopsExplorer"));
    QApplication::setApplicationName(QStringLiteral("skops-explorer"));
    QApplication::setApplicationDisplayName(QObject::tr("Skops Explorer"));
    QApplication::setApplicationVersion(QStringLiteral(SKOPS_VERSION));
    QApplication::setDesktopFileName(QStringLiteral(SKOPS_APP_ID));
    // Installed under share/icons/hicolor; without an installation the window manager's default shows.
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral(SKOPS_APP_ID)));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QObject::tr("Explore, audit and export scikit-learn .skops files without running Python."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("files"), QObject::tr("The .skops files to open, each in a window."),
                                 QObject::tr("[FILE...]"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        QObject::tr("Open FILE, save a picture of the window to PNG and quit."),
                                        QObject::tr("PNG"));
    parser.addOption(screenshot);
    parser.process(app);

    ExplorerWindows windows;
    const QList<MainWindow *> opened = windows.open(parser.positionalArguments());
    if (parser.isSet(screenshot)) {
        MainWindow *window = opened.first();
        const QString target = parser.value(screenshot);
        const auto capture = [window, target] {
            // Let the panels lay out before the picture is taken.
            QTimer::singleShot(300, window, [window, target] {
                const bool saved = window->grab().save(target);
                if (!saved)
                    std::fprintf(stderr, "skops-explorer: %s\n",
                                 qPrintable(QObject::tr("cannot write %1").arg(target)));
                QCoreApplication::exit(saved ? 0 : 2);
            });
        };
        QObject::connect(window, &MainWindow::fileLoaded, window, capture);
        QObject::connect(window, &MainWindow::loadFailed, window, [](const QString &path, const QString &message) {
            std::fprintf(stderr, "skops-explorer: %s: %s\n", qPrintable(path), qPrintable(message));
            QCoreApplication::exit(2);
        });
        if (parser.positionalArguments().isEmpty())
            capture();
    }
    return app.exec();
}
