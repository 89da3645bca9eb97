<#ftl output_format="XHTML">
<#--
  A summary line as both templates show it (org.parley.briefing.Briefing.SummaryLine): the issue,
  who spoke and the cue (the source's own words when it has them just before what was said), then
  the first words said, "…" where the section has more. Included
  by briefing.ftlh and summary.ftlh; escapes every value, as they do.
-->
<#macro digest line><#if line.issue??><strong>${line.issue}:</strong> </#if><#if line.who??>${line.who}<#if line.lead??>:<#elseif line.cue??> (${line.cue}):<#else>:</#if> </#if><#if line.lead??>${line.lead} </#if><#if line.quote>“${line.text}<#if line.cut>…</#if>”<#else>${line.text}<#if line.cut>…</#if></#if></#macro>
