package papersetter.engine;

/** Told how a long run is getting on; the command line draws it as a bar when a person is watching. */
public interface Progress {
    Progress NONE = new Progress() {
        @Override
        public void start(int sets) {
        }

        @Override
        public void setDone() {
        }

        @Override
        public void finish() {
        }
    };

    /** Rendering is about to begin for this many sets. */
    void start(int sets);

    /** One more set's paper and key are written. */
    void setDone();

    /** The run's files are all written (or the run failed). */
    void finish();
}
