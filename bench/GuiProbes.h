#pragma once

#include <QString>

// What the window costs with large files, measured in a QApplication of its
// own (offscreen platform): the bench runs each probe in a child process.
namespace guiprobes {

struct TreeFigures {
    double seconds = -1;   // window shown -> tree model filled and painted
    int topLevelRows = 0;
    QString error;
};

struct ArrayFigures {
    double firstPageSeconds = -1;  // setArray -> first page painted
    double statisticsSeconds = -1; // off the GUI thread, reported by signal
    double statisticsGBps = -1;
    double maxStallMs = -1;        // longest gap of a 1 ms timer while scrolling
    double p99StallMs = -1;
    int scrollSteps = 0;
    QString error;
};

// Opens `path` in a MainWindow that is already on screen.
TreeFigures treeShown(const QString &path);
// Shows the member `member` of `path` in an ArrayView, waits for its
// statistics, then scrolls the table (page steps, thumb jumps and page
// switches) while a 1 ms timer measures how long the event loop stalls.
ArrayFigures arrayView(const QString &path, const QString &member);

} // namespace guiprobes
