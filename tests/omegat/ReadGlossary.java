// Reads a glossary file with OmegaT's own readers (Debian package omegat, 3.6) and prints one
// "source TAB target TAB comment" line per entry OmegaT would offer.  Used by
// tests/formats/test_consumers.py and by run-omegat.sh; OmegaT has no batch importer, so
// this sets up a minimal project (its languages) the way the readers expect.
import java.io.File;
import java.util.List;
import org.omegat.core.Core;
import org.omegat.core.data.NotLoadedProject;
import org.omegat.core.data.ProjectProperties;
import org.omegat.gui.glossary.GlossaryEntry;
import org.omegat.gui.glossary.GlossaryReaderTBX;
import org.omegat.gui.glossary.GlossaryReaderTSV;

public class ReadGlossary {
    public static void main(String[] args) throws Exception {
        // args: glossary file, source language, target language, an empty project folder
        final ProjectProperties properties = new ProjectProperties(new File(args[3]));
        properties.setSourceLanguage(args[1]);
        properties.setTargetLanguage(args[2]);
        Core.setProject(new NotLoadedProject() {
            @Override
            public ProjectProperties getProjectProperties() {
                return properties;
            }
        });
        File file = new File(args[0]);
        List<GlossaryEntry> entries = args[0].endsWith(".tbx")
                ? GlossaryReaderTBX.read(file, false)
                : GlossaryReaderTSV.read(file, false);
        for (GlossaryEntry entry : entries) {
            System.out.println(entry.getSrcText() + "\t" + entry.getLocText() + "\t"
                    + entry.getCommentText().replace("\n", " | "));
        }
    }
}
