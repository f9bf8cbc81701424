#pragma once

#include "common/Result.h"

#include <QString>

namespace orglens {

// An exclusive lock held by this process for the object's lifetime: flock(2) on a lock file that records the pid of
// its holder. The kernel drops the lock when the process ends however it ends (kill -9 included), so there is no
// stale lock to guess about — unlike QLockFile, which decides staleness by comparing process names with
// QCoreApplication::applicationName().
class FileLock {
public:
    explicit FileLock(QString path);
    ~FileLock();
    FileLock(const FileLock &) = delete;
    FileLock &operator=(const FileLock &) = delete;

    QString path() const { return m_path; }
    // true: taken (or already held by this object); false: another open file holds it, holderPid() says whose.
    // An error when the lock file cannot be created.
    Result<bool> tryLock();
    qint64 holderPid() const { return m_holderPid; }

private:
    QString m_path;
    int m_fd = -1;
    qint64 m_holderPid = 0;
};

} // namespace orglens
