#include "GuiProbes.h"

#include "ArrayTableModel.h"
#include "ArrayView.h"
#include "MainWindow.h"
#include "NpyArray.h"
#include "RecentFiles.h"
#include "SkopsFile.h"
#include "SkopsTreeModel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QScrollBar>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QTreeView>

#include <algorithm>
#include <vector>

using namespace skops;

namespace guiprobes {

namespace {

// One QApplication per probe process; settings go to a throw-away place.
QApplication &application()
{
    static int argc = 1;
    static char name[] = "skops-bench";
    static char *argv[] = {name, nullptr};
    static QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("skops-bench"));
    return app;
}

// Runs the event loop until `done` is set or `seconds` pass.
void waitFor(const bool &done, double seconds)
{
    QEventLoop loop;
    QTimer poll;
    QElapsedTimer clock;
    clock.start();
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done || clock.elapsed() > seconds * 1000)
            loop.quit();
    });
    poll.start(1);
    loop.exec();
}

} // namespace

TreeFigures treeShown(const QString &path)
{
    application();
    TreeFigures figures;
    RecentFiles recent;
    MainWindow window(&recent);
    window.resize(1280, 800);
    window.show();
    bool done = false;
    QObject::connect(&window, &MainWindow::fileLoaded, [&] { done = true; });
    QObject::connect(&window, &MainWindow::loadFailed, [&](const QString &, const QString &message) {
        figures.error = message;
        done = true;
    });
    QElapsedTimer timer;
    timer.start();
    window.openFile(path);
    waitFor(done, 120);
    window.treeView()->viewport()->repaint();
    figures.seconds = timer.nsecsElapsed() / 1e9;
    figures.topLevelRows = window.treeModel()->rowCount();
    if (!done)
        figures.error = QStringLiteral("not loaded within 120 s");
    return figures;
}

ArrayFigures arrayView(const QString &path, const QString &member)
{
    application();
    ArrayFigures figures;
    auto file = SkopsFile::open(path);
    if (!file.ok()) {
        figures.error = file.error().message;
        return figures;
    }
    const auto bytes = file.value()->mapMember(member);
    auto array = bytes.ok() ? NpyArray::fromMember(bytes.value(), file.value()->limits())
                            : Result<NpyArray>(bytes.error());
    if (!array.ok()) {
        figures.error = array.error().message;
        return figures;
    }
    const auto shared = std::make_shared<const NpyArray>(std::move(array).value());
    const double gigabytes = double(shared->header().dataByteCount()) / 1e9;

    ArrayView view;
    view.resize(1000, 700);
    view.show();
    bool statisticsDone = false;
    QObject::connect(&view, &ArrayView::statisticsFinished, [&] { statisticsDone = true; });

    QElapsedTimer timer;
    timer.start();
    view.setArray(shared, nullptr, member);
    view.table()->viewport()->repaint();
    figures.firstPageSeconds = timer.nsecsElapsed() / 1e9;
    waitFor(statisticsDone, 120);
    if (statisticsDone && view.statistics()) {
        figures.statisticsSeconds = timer.nsecsElapsed() / 1e9;
        figures.statisticsGBps = gigabytes / figures.statisticsSeconds;
    }

    // Scroll: mostly a page at a time, every 10th step a jump of the thumb,
    // every 50th a switch to another page of rows, as a user would.
    QScrollBar *bar = view.table()->verticalScrollBar();
    QSpinBox *pages = view.rowPageChooser();
    constexpr int kSteps = 400;
    QElapsedTimer clock;
    clock.start();
    qint64 last = clock.nsecsElapsed();
    std::vector<double> gaps;
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    QObject::connect(&probe, &QTimer::timeout, [&] {
        const qint64 now = clock.nsecsElapsed();
        gaps.push_back((now - last) / 1e6);
        last = now;
    });
    int step = 0;
    bool scrolled = false;
    QTimer driver;
    QObject::connect(&driver, &QTimer::timeout, [&] {
        if (step == kSteps) {
            scrolled = true;
            return;
        }
        if (step % 50 == 49 && pages && pages->maximum() > pages->minimum())
            pages->setValue(pages->minimum() + (step / 50) % (pages->maximum() - pages->minimum() + 1));
        else if (step % 10 == 9)
            bar->setValue(int(qint64(bar->maximum()) * ((step * 7919) % 1000) / 1000));
        else
            bar->setValue(bar->value() + bar->pageStep());
        ++step;
    });
    probe.start(1);
    driver.start(8);
    waitFor(scrolled, 120);
    probe.stop();
    driver.stop();
    figures.scrollSteps = step;
    if (!gaps.empty()) {
        std::sort(gaps.begin(), gaps.end());
        figures.maxStallMs = gaps.back();
        figures.p99StallMs = gaps[gaps.size() * 99 / 100];
    }
    return figures;
}

} // namespace guiprobes
