package papersetter.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.PageMode;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/**
 * Drawn documents in one PDF, written by PDFBox: a run's print file, or (with one document) a paper
 * or key of its own. Each document starts on an odd page (a blank page is added where needed), so
 * that double-sided printing never puts two students' papers on one sheet; the run's fonts and
 * pictures are in it once, as shared objects, and each document's outline is kept under an entry of
 * its own. A document of its own carries its structure tree for screen readers; a book (the print
 * file, for the printer) does not, since writing the structure of a thousand papers into one file
 * would cost more than the papers themselves, and each student's paper carries its own.
 *
 * <p>The file carries no dates and an /ID derived from its name, so the same documents always give
 * the same bytes.
 */
public final class PdfBook {
    private static final COSName MCR = COSName.getPDFName("MCR");
    private static final COSName TABS = COSName.getPDFName("Tabs");
    private static final COSName SCOPE = COSName.getPDFName("Scope");
    private static final COSName COLUMN = COSName.getPDFName("Column");
    private static final COSName TABLE = COSName.getPDFName("Table");

    private final PDDocument document = new PDDocument();
    private final DocumentInfo info;
    private final byte[] id;
    private final boolean several;
    /** Fonts and pictures already in the file, by identity: each goes in once. */
    private final Map<EmbeddedFont, COSDictionary> fonts = new IdentityHashMap<>();
    private final Map<PdfImage, COSStream> images = new IdentityHashMap<>();
    private final Map<VectorForm, COSStream> forms = new IdentityHashMap<>();
    private final PDStructureTreeRoot structure = new PDStructureTreeRoot();
    /** The structure root's kids: the document element. */
    private final COSArray structureKids = new COSArray();
    /** The parent tree: for each page, the element of each of its marked-content sequences. */
    private final COSArray parentTree = new COSArray();
    private final PDDocumentOutline outline = new PDDocumentOutline();
    private int pages;
    private DrawnDocument last;

    /**
     * @param info what the file says about itself
     * @param id the file's /ID, so the same run always gives the same bytes
     */
    public PdfBook(DocumentInfo info, byte[] id) {
        this(info, id, false);
    }

    /** @param several whether this is a book of several documents (a print file), each its own part */
    public PdfBook(DocumentInfo info, byte[] id, boolean several) {
        this.info = info;
        this.id = id.clone();
        this.several = several;
        document.setVersion(1.7f);
        structure.getCOSObject().setItem(COSName.K, structureKids);
    }

    /**
     * Sets PDFBox's writer up ahead of the first paper, meant for a spare core: loading its document
     * class converts a colour to warm up Java's colour management, some 60 ms a run would otherwise
     * wait for when it writes its first file.
     */
    public static void warmUp() {
        try (PDDocument warm = new PDDocument()) {
            warm.addPage(new PDPage());
            warm.save(OutputStream.nullOutputStream(), CompressParameters.NO_COMPRESSION);
        } catch (IOException | RuntimeException e) {
            // The first real file then sets the writer up, and reports any failure itself.
        }
    }

    public void add(DrawnDocument drawn) {
        if (pages % 2 == 1) {
            // A page with nothing on it, the size of the last, so the next document starts on a fresh sheet.
            PDPage blank = new PDPage(new PDRectangle(last.width(), last.height()));
            blank.setResources(new PDResources());
            document.addPage(blank);
            pages++;
        }
        PDResources resources = resources(drawn);
        List<PDPage> added = new ArrayList<>();
        int firstParentKey = parentTree.size() / 2;
        for (byte[] content : drawn.contents()) {
            PDPage page = new PDPage(new PDRectangle(drawn.width(), drawn.height()));
            page.setResources(resources);
            page.getCOSObject().setItem(COSName.CONTENTS, EmbeddedFont.stream(content));
            if (!several) {
                page.getCOSObject().setItem(TABS, COSName.S);
                page.setStructParents(firstParentKey + added.size());
            }
            document.addPage(page);
            added.add(page);
            pages++;
        }
        if (!several) {
            addStructure(drawn, added);
        }
        addOutline(drawn, added);
        last = drawn;
    }

    /** Writes the file. */
    public void writeTo(OutputStream out) {
        try {
            finishCatalog();
            document.save(out, CompressParameters.NO_COMPRESSION);
            document.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void addStructure(DrawnDocument drawn, List<PDPage> added) {
        List<COSDictionary[]> parents = new ArrayList<>();
        for (int count : drawn.markedContents()) {
            parents.add(new COSDictionary[count]);
        }
        structureKids.add(convert(drawn.structure(), "Document", structure.getCOSObject(), added, parents));
        for (int p = 0; p < added.size(); p++) {
            COSArray elements = new COSArray();
            for (COSDictionary element : parents.get(p)) {
                elements.add(element);
            }
            elements.setDirect(true);
            parentTree.add(COSInteger.get(parentTree.size() / 2));
            parentTree.add(elements);
        }
    }

    private PDResources resources(DrawnDocument drawn) {
        PDResources resources = new PDResources();
        COSDictionary fontResources = new COSDictionary();
        drawn.fonts().forEach((name, font) ->
                fontResources.setItem(name, fonts.computeIfAbsent(font, EmbeddedFont::toCos)));
        resources.getCOSObject().setItem(COSName.FONT, fontResources);
        if (!drawn.images().isEmpty() || !drawn.forms().isEmpty()) {
            COSDictionary objects = new COSDictionary();
            drawn.images().forEach((name, image) ->
                    objects.setItem(name, images.computeIfAbsent(image, PdfImage::toCos)));
            drawn.forms().forEach((name, form) -> objects.setItem(name, forms.computeIfAbsent(form, VectorForm::toCos)));
            resources.getCOSObject().setItem(COSName.XOBJECT, objects);
        }
        if (drawn.faint()) {
            COSDictionary faint = new COSDictionary();
            faint.setItem(COSName.TYPE, COSName.EXT_G_STATE);
            faint.setFloat(COSName.CA_NS, 0.12f);
            COSDictionary states = new COSDictionary();
            states.setItem(DocumentDrawer.FAINT, faint);
            resources.getCOSObject().setItem(COSName.EXT_G_STATE, states);
        }
        return resources;
    }

    /** An element and its kids as structure elements, noting which element each marked sequence is in. */
    private COSDictionary convert(StructureNode node, String type, COSDictionary parent, List<PDPage> pageList,
            List<COSDictionary[]> parents) {
        COSDictionary element = element(type, parent);
        // Only an element with content of its own needs a page for its marked-content ids.
        int first = node.firstContentPage();
        if (first >= 0) {
            element.setItem(COSName.PG, pageList.get(first));
        }
        if (!node.tag.alt().isEmpty()) {
            element.setString(COSName.ALT, node.tag.alt());
            if (node.tag.role() == Role.FORMULA) {
                // Copying a formula gives its source, as a screen reader reads it.
                element.setString(COSName.ACTUAL_TEXT, node.tag.alt());
            }
        }
        if (node.tag.role() == Role.TABLE_HEADER) {
            COSDictionary attributes = new COSDictionary();
            attributes.setItem(COSName.O, TABLE);
            attributes.setItem(SCOPE, COLUMN);
            attributes.setDirect(true);
            element.setItem(COSName.A, attributes);
        }
        COSArray kids = kids(element);
        for (Object kid : node.kids) {
            if (kid instanceof StructureNode child) {
                kids.add(convert(child, child.tag.role().pdfName(), element, pageList, parents));
            } else {
                StructureNode.Content content = (StructureNode.Content) kid;
                parents.get(content.page())[content.mcid()] = element;
                if (content.page() == first) {
                    kids.add(COSInteger.get(content.mcid()));
                } else {
                    COSDictionary reference = new COSDictionary();
                    reference.setItem(COSName.TYPE, MCR);
                    reference.setItem(COSName.PG, pageList.get(content.page()));
                    reference.setInt(COSName.MCID, content.mcid());
                    reference.setDirect(true);
                    kids.add(reference);
                }
            }
        }
        return element;
    }

    private static COSDictionary element(String type, COSDictionary parent) {
        COSDictionary element = new COSDictionary();
        element.setName(COSName.S, type);
        element.setItem(COSName.P, parent);
        COSArray kids = new COSArray();
        kids.setDirect(true);
        element.setItem(COSName.K, kids);
        return element;
    }

    private static COSArray kids(COSDictionary element) {
        return (COSArray) element.getDictionaryObject(COSName.K);
    }

    private void addOutline(DrawnDocument drawn, List<PDPage> pageList) {
        List<PDOutlineItem> levels = new ArrayList<>();
        if (several) {
            PDOutlineItem item = item(drawn.label(), pageList.get(0), drawn.height());
            outline.addLast(item);
            levels.add(item);
        }
        for (DrawnDocument.OutlineEntry entry : drawn.outline()) {
            PDOutlineItem item = item(entry.title(), pageList.get(entry.page()), entry.top());
            int depth = Math.min(levels.size(), entry.level() - 1 + (several ? 1 : 0));
            while (levels.size() > depth) {
                levels.remove(levels.size() - 1);
            }
            if (levels.isEmpty()) {
                outline.addLast(item);
            } else {
                levels.get(levels.size() - 1).addLast(item);
            }
            levels.add(item);
        }
    }

    private static PDOutlineItem item(String title, PDPage page, float top) {
        PDPageXYZDestination destination = new PDPageXYZDestination();
        destination.setPage(page);
        destination.setTop(Math.round(top));
        PDOutlineItem item = new PDOutlineItem();
        item.setTitle(title);
        item.setDestination(destination);
        return item;
    }

    private void finishCatalog() throws IOException {
        PDDocumentCatalog catalog = document.getDocumentCatalog();
        if (!several) {
            COSDictionary parentTreeNode = new COSDictionary();
            parentTreeNode.setItem(COSName.NUMS, parentTree);
            parentTree.setDirect(true);
            structure.getCOSObject().setItem(COSName.PARENT_TREE, parentTreeNode);
            structure.setParentTreeNextKey(parentTree.size() / 2);
            catalog.setStructureTreeRoot(structure);
            PDMarkInfo mark = new PDMarkInfo();
            mark.setMarked(true);
            catalog.setMarkInfo(mark);
        }
        catalog.setLanguage(info.language());
        PDViewerPreferences preferences = new PDViewerPreferences(new COSDictionary());
        preferences.setDisplayDocTitle(true);
        catalog.setViewerPreferences(preferences);
        if (outline.hasChildren()) {
            catalog.setDocumentOutline(outline);
            catalog.setPageMode(PageMode.USE_OUTLINES);
        }
        PDDocumentInformation information = document.getDocumentInformation();
        information.setTitle(info.title());
        if (!info.author().isEmpty()) {
            information.setAuthor(info.author());
        }
        if (!info.subject().isEmpty()) {
            information.setSubject(info.subject());
        }
        information.setCreator(Xmp.CREATOR);
        information.setProducer(Xmp.PRODUCER);
        PDMetadata metadata = new PDMetadata(document);
        try (OutputStream out = metadata.getCOSObject().createOutputStream()) {
            out.write(Xmp.of(several ? info.notAccessible() : info));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        catalog.setMetadata(metadata);
        if (info.pdfA()) {
            PDOutputIntent intent = new PDOutputIntent(document, Xmp.srgbProfile());
            intent.setInfo("sRGB IEC61966-2.1");
            intent.setOutputCondition("sRGB IEC61966-2.1");
            intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
            intent.setRegistryName("http://www.color.org");
            catalog.addOutputIntent(intent);
        }
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        document.getDocument().getTrailer().setItem(COSName.ID, ids);
    }
}
