import Foundation

/// The interviews in the store's folder, as the home screen and `wijk resume`
/// list them: the response files directly in the directory, as the corpus
/// walks them (hidden files, temporaries and conflict copies left out, links
/// only inside the folder, names that break the id rule passed over), newest
/// first (ties by id). A file that cannot be read or decoded (too large
/// included) is listed as broken, with why. A missing directory lists as
/// empty. Sub-folders are not listed: resume finds an interview by its id in
/// this directory.
extension ResponseStore {
    /// Every listed file with its decoded response (for a few files: each response is kept).
    public func list(lang: Lang = .nl) -> [StoreListing] {
        var reader = CorpusReader(capacity: 16 << 10)
        defer { reader.release() }
        var listings: [StoreListing] = []
        for path in listedFiles(lang) {
            guard let id = Self.listedID(path) else { continue }
            let url = URL(fileURLWithPath: path, isDirectory: false)
            switch Self.readListed(path, reader: &reader, lang: lang) {
            case .success(let response): listings.append(StoreListing(id: id, url: url, response: response))
            case .failure(let broken):
                listings.append(StoreListing(id: id, url: url, problem: broken.problem, modified: broken.modified))
            }
        }
        listings.sort { a, b in a.updatedAt != b.updatedAt ? a.updatedAt > b.updatedAt : a.id < b.id }
        return listings
    }

    /// The same files as `list`, compactly and without the responses: memory
    /// stays small however many files there are. With `progress` each entry
    /// gets its percentage, and valid files are read through the corpus's
    /// verdict on the meter's questionnaires (several times faster). Read by
    /// `workers` threads; the result does not depend on it.
    public func interviews(lang: Lang = .nl, progress: ProgressMeter?, workers: Int = 2) -> InterviewList {
        let files = listedFiles(lang)
        FreedMemory.giveBack()   // the walk's transient lists
        let chunk = 256
        let workers = max(1, min(workers, (files.count + chunk - 1) / chunk))
        let feed = ChunkFeed(count: files.count, chunk: chunk)
        let slots = ResultSlots<InterviewList>(count: workers)
        DispatchQueue.concurrentPerform(iterations: workers) { w in
            let meter = w == 0 ? progress : progress?.privateCopy()
            slots.set(w, Self.interviews(files, indices: feed, progress: meter, lang: lang))
        }
        var parts = slots.take().compactMap { $0 }
        var list = parts[0]
        parts[0] = InterviewList()   // the only reference left: appending copies nothing
        for i in parts.indices.dropFirst() {
            list.append(contentsOf: parts[i])
            parts[i] = InterviewList()
        }
        list.sortNewestFirst()
        FreedMemory.giveBack()   // the workers' responses and engines, freed in their own arenas
        return list
    }

    /// One worker's share of `interviews`. With a meter, a file the corpus's
    /// judge finds valid is listed from its record (the scanner's columns
    /// and relevance: no decode, no engine); any other file is decoded as
    /// `list` does, and measured by the engine.
    private static func interviews(_ files: PathList, indices: some Sequence<Int>, progress: ProgressMeter?,
                                   lang: Lang) -> InterviewList {
        var reader = CorpusReader()
        defer { reader.release() }
        let judge = progress.map { FileJudge(questionnaires: $0.questionnaires, lang: lang, today: $0.today) }
        var record = ResponseRecord()
        var list = InterviewList()
        for i in indices {
            let path = files[i]
            guard let id = listedID(path) else { continue }
            let result: Result<Response, Broken>
            switch reader.read(path) {
            case .failure(let failure):
                result = .failure(broken(path, problem: error(failure, path: path).message(lang)))
            case .success(let bytes):
                if let judge, let progress, let entry = judged(id, path, bytes, judge: judge, progress: progress,
                                                               record: &record) {
                    list.append(entry)
                    continue
                }
                result = decoded(path, bytes, lang: lang)
            }
            switch result {
            case .success(let response):
                list.append(InterviewList.Entry(id: id, response: response, percent: progress?.percent(response)))
            case .failure(let broken):
                list.append(InterviewList.Entry(id: id, problem: broken.problem, modified: broken.modified))
            }
        }
        return list
    }

    /// The entry of a file the judge finds valid, from its record; nil for any other file, or
    /// when the record would not show what the decoded response shows (the meter measures on
    /// another questionnaire; the questionnaire lacks the organisation or gemeente question, whose
    /// answers would then be stray keys the record does not keep).
    static func judged(_ id: String, _ path: String, _ bytes: UnsafeRawBufferPointer, judge: FileJudge,
                               progress: ProgressMeter, record: inout ResponseRecord) -> InterviewList.Entry? {
        guard case .valid(let index, _) = judge.judge(path, bytes, record: &record),
              progress.questionnaire(id: record.questionnaire.id, variant: record.variant) == index else { return nil }
        let layout = judge.layouts[index]
        guard let organisation = layout.indexByID[MetadataID.organisation],
              let gemeente = layout.indexByID[MetadataID.gemeente] else { return nil }
        return InterviewList.Entry(id: id, variant: record.variant, organisation: StoreListing.text(record.values[organisation]),
                                   gemeente: StoreListing.text(record.values[gemeente]), status: record.status,
                                   updatedAt: record.updatedAt, percent: progress.percent(record, layout: layout),
                                   problem: nil)
    }

    private func listedFiles(_ lang: Lang) -> PathList {
        CorpusWalker.walk([directory.path], recursive: false, lang: lang).files
    }

    /// The id of a listed file: its name without `.json`, if that keeps the id rule (judged by
    /// the bytes: the rule allows ASCII only).
    static func listedID(_ path: String) -> String? {
        var path = path
        return path.withUTF8 { bytes -> String? in
            let start = (bytes.lastIndex(of: UInt8(ascii: "/")) ?? -1) + 1
            guard bytes.count - start > 5, bytes[(bytes.count - 5)...].elementsEqual(".json".utf8) else { return nil }
            let id = UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: bytes[start..<(bytes.count - 5)]))
            return ResponseID.isValid(bytes: id) ? String(decoding: id, as: UTF8.self) : nil
        }
    }

    /// Why a listed file is broken, and when it was last changed.
    private struct Broken: Error {
        var problem: String
        var modified: Date
    }

    private static func readListed(_ path: String, reader: inout CorpusReader, lang: Lang) -> Result<Response, Broken> {
        switch reader.read(path) {
        case .failure(let failure): return .failure(broken(path, problem: error(failure, path: path).message(lang)))
        case .success(let bytes): return decoded(path, bytes, lang: lang)
        }
    }

    private static func decoded(_ path: String, _ bytes: UnsafeRawBufferPointer, lang: Lang) -> Result<Response, Broken> {
        do throws(ResponseFileError) {
            return .success(try ResponseDecoder.decode(bytes: bytes, lang: lang))
        } catch {
            return .failure(broken(path, problem: error.message(lang)))
        }
    }

    private static func broken(_ path: String, problem: String) -> Broken {
        let modified = POSIX.lstat(URL(fileURLWithPath: path, isDirectory: false)).map(POSIX.modified)
        return Broken(problem: problem, modified: modified ?? Date(timeIntervalSince1970: 0))
    }
}
