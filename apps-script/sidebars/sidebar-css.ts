/** The sidebars' one stylesheet, inlined by the build: Google-Sheets-like, readable at 300 px wide. */
export const SIDEBAR_CSS = `
body{font:13px/1.45 Arial,Helvetica,sans-serif;color:#202124;margin:0;padding:12px}
h1{font-size:15px;margin:0 0 8px}h2{font-size:13px;margin:14px 0 6px}
label{display:block;margin:8px 0 2px;font-weight:bold}
select,input,textarea{width:100%;box-sizing:border-box;font:inherit;padding:4px}
label.check{display:flex;align-items:center;gap:8px;font-weight:normal}label.check input{width:auto;margin:0}
button{font:inherit;padding:6px 12px;margin:8px 6px 0 0;border:1px solid #dadce0;border-radius:4px;background:#fff;cursor:pointer}
button.primary{background:#1a73e8;color:#fff;border-color:#1a73e8}
.reason{color:#5f6368;font-size:12px;margin:0}
.error{color:#b3261e}.ok{color:#137333}
.code{font-family:monospace;word-break:break-all;background:#f1f3f4;padding:6px;border-radius:4px}
ul{padding:0;list-style:none}li{display:flex;justify-content:space-between;align-items:center;gap:6px;margin:4px 0;padding:4px 0;border-bottom:1px solid #f1f3f4}
li button{margin:0;padding:2px 8px;font-size:12px;flex:none}
fieldset{border:0;padding:0;margin:10px 0 0}legend{font-weight:bold;margin-bottom:2px}
ol.preview{padding-left:18px;margin:6px 0}ol.preview li{display:list-item;border:0;margin:0 0 6px;padding:0}.values{display:block;color:#5f6368;font-size:12px}
details{margin:6px 0}summary{cursor:pointer;color:#1a73e8}
ol.steps{padding-left:18px;margin:8px 0}ol.steps li{display:list-item;border:0;margin:0 0 10px;padding:0}
li.warning strong{color:#7a4f01}li.error strong{color:#a50e0e}li.info strong{color:#174ea6}
`;
