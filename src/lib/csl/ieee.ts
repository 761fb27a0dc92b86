/**
 * A compact IEEE reference style in CSL 1.0.2, written for this site because @citation-js/plugin-csl bundles
 * only APA, Vancouver and Harvard. It covers the entry types the site publishes (journal and conference papers,
 * theses, reports, books, chapters, other documents) in the form of the IEEE Reference Guide:
 *   F. Hermenier, J. Lawall, and G. Muller, "Title," Journal, vol. 10, no. 5, pp. 273–286, Sep. 2013,
 *   doi: 10.1109/TDSC.2013.5.
 * Kept as a TypeScript string (not a .csl file) so that it loads the same way in Node tests and in the Astro
 * build, where files next to a module are not copied.
 */
export const IEEE_TEMPLATE_NAME = 'vitrine-ieee';

export const ieeeCsl = `<?xml version="1.0" encoding="utf-8"?>
<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0" demote-non-dropping-particle="sort-only" initialize-with-hyphen="true" page-range-format="expanded">
  <info>
    <title>IEEE (vitrine)</title>
    <id>https://github.com/vitrine/styles/ieee</id>
    <category citation-format="numeric"/>
    <updated>2026-11-21T00:00:00+00:00</updated>
  </info>
  <locale xml:lang="en">
    <terms>
      <term name="month-01" form="short">Jan.</term>
      <term name="month-02" form="short">Feb.</term>
      <term name="month-03" form="short">Mar.</term>
      <term name="month-04" form="short">Apr.</term>
      <term name="month-05" form="short">May</term>
      <term name="month-06" form="short">Jun.</term>
      <term name="month-07" form="short">Jul.</term>
      <term name="month-08" form="short">Aug.</term>
      <term name="month-09" form="short">Sep.</term>
      <term name="month-10" form="short">Oct.</term>
      <term name="month-11" form="short">Nov.</term>
      <term name="month-12" form="short">Dec.</term>
    </terms>
  </locale>
  <macro name="authors">
    <names variable="author">
      <name and="text" initialize-with=". " delimiter=", " et-al-min="7" et-al-use-first="1"/>
      <et-al font-style="italic"/>
      <substitute>
        <names variable="editor"/>
      </substitute>
    </names>
  </macro>
  <macro name="editors">
    <names variable="editor">
      <name and="text" initialize-with=". " delimiter=", "/>
      <label form="short" prefix=", "/>
    </names>
  </macro>
  <macro name="quoted-title">
    <text variable="title" quotes="true"/>
  </macro>
  <macro name="date">
    <date variable="issued">
      <date-part name="month" form="short" suffix=" "/>
      <date-part name="year"/>
    </date>
  </macro>
  <macro name="year">
    <date variable="issued">
      <date-part name="year"/>
    </date>
  </macro>
  <macro name="pages">
    <group delimiter=" ">
      <label variable="page" form="short"/>
      <text variable="page"/>
    </group>
  </macro>
  <macro name="volume-issue">
    <group delimiter=", ">
      <group delimiter=" ">
        <label variable="volume" form="short"/>
        <text variable="volume"/>
      </group>
      <group delimiter=" ">
        <label variable="issue" form="short"/>
        <text variable="issue"/>
      </group>
    </group>
  </macro>
  <macro name="place-publisher">
    <group delimiter=": ">
      <text variable="publisher-place"/>
      <text variable="publisher"/>
    </group>
  </macro>
  <macro name="doi">
    <text variable="DOI" prefix="doi: "/>
  </macro>
  <macro name="online">
    <group delimiter=" ">
      <text value="[Online]. Available:"/>
      <text variable="URL"/>
    </group>
  </macro>
  <citation>
    <layout delimiter=", ">
      <text variable="citation-number" prefix="[" suffix="]"/>
    </layout>
  </citation>
  <bibliography entry-spacing="0">
    <layout>
      <choose>
        <if type="article-journal article-magazine article-newspaper" match="any">
          <group delimiter=", " suffix=".">
            <text macro="authors"/>
            <text macro="quoted-title"/>
            <text variable="container-title" font-style="italic"/>
            <text macro="volume-issue"/>
            <text macro="pages"/>
            <text macro="date"/>
            <text macro="doi"/>
          </group>
        </if>
        <else-if type="paper-conference">
          <group delimiter=", " suffix=".">
            <text macro="authors"/>
            <text macro="quoted-title"/>
            <group delimiter=" ">
              <text term="in"/>
              <text variable="container-title" font-style="italic"/>
            </group>
            <text variable="collection-title"/>
            <text macro="volume-issue"/>
            <text variable="publisher-place"/>
            <text macro="date"/>
            <text macro="pages"/>
            <text macro="doi"/>
          </group>
        </else-if>
        <else-if type="thesis">
          <group delimiter=", " suffix=".">
            <text macro="authors"/>
            <text macro="quoted-title"/>
            <text variable="genre"/>
            <text variable="publisher"/>
            <text variable="publisher-place"/>
            <text macro="year"/>
            <text macro="doi"/>
          </group>
        </else-if>
        <else-if type="report">
          <group delimiter=", " suffix=".">
            <text macro="authors"/>
            <text macro="quoted-title"/>
            <text variable="publisher"/>
            <text variable="publisher-place"/>
            <group delimiter=" ">
              <text variable="genre"/>
              <text variable="number"/>
            </group>
            <text macro="date"/>
            <text macro="doi"/>
          </group>
        </else-if>
        <else-if type="book">
          <group delimiter=". " suffix=".">
            <group delimiter=", ">
              <text macro="authors"/>
              <text variable="title" font-style="italic"/>
            </group>
            <group delimiter=", ">
              <text macro="place-publisher"/>
              <text macro="year"/>
            </group>
            <text macro="doi"/>
          </group>
        </else-if>
        <else-if type="chapter">
          <group delimiter=", " suffix=".">
            <text macro="authors"/>
            <text macro="quoted-title"/>
            <group delimiter=" ">
              <text term="in"/>
              <text variable="container-title" font-style="italic"/>
            </group>
            <text macro="editors"/>
            <text macro="place-publisher"/>
            <text macro="year"/>
            <text macro="pages"/>
            <text macro="doi"/>
          </group>
        </else-if>
        <else>
          <group delimiter=", " suffix=".">
            <text macro="authors"/>
            <text macro="quoted-title"/>
            <text variable="container-title" font-style="italic"/>
            <text variable="publisher"/>
            <text macro="date"/>
            <text macro="doi"/>
          </group>
          <text macro="online" prefix=" "/>
        </else>
      </choose>
    </layout>
  </bibliography>
</style>
`;
